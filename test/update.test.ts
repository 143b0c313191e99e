import { chmodSync, cpSync, lstatSync, readdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('update-')));
afterEach(() => cleanup());

/** The lines a change removed and added, as git would count them. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

function commitmentsOf(root: string): string[] {
  return readdirSync(join(root, 'commitments'))
    .map((name) => name.slice(0, -3))
    .sort();
}

function copyOf(source: string): string {
  const root = join(dir, 'roadmap');
  cpSync(source, root, { recursive: true });
  return root;
}

describe('update round trip: only the changed lines and the new journal entry', () => {
  for (const [label, source] of [
    ['base fixture', join(FIXTURES, 'base', 'roadmap')],
    ['bundled roadmap', join(ROOT, 'roadmap')],
  ] as const) {
    it(`changes the status of every commitment of the ${label}`, async () => {
      const root = copyOf(source);
      const ids = commitmentsOf(root);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) {
        const path = join(root, 'commitments', `${id}.md`);
        const before = readFileSync(path, 'utf8');
        const oldStatus = /^status: (\w+)/m.exec(before)![1]!;
        const newStatus = oldStatus === 'blocked' ? 'in_progress' : 'blocked';
        const result = await runMain(
          ['update', id, '--dir', root, '--status', newStatus, '--note', 'Relecture du comité', '--on', TODAY],
          { today: TODAY },
        );
        assertNoCrash(result);
        expect(result.code, `${id}: ${result.stderr}`).toBe(0);
        const { removed, added } = changedLines(before, readFileSync(path, 'utf8'));
        expect(removed, id).toEqual([`status: ${oldStatus}`]);
        expect(added[0], id).toBe(`status: ${newStatus}`);
        expect(added.slice(1).join('\n'), id).toMatch(
          new RegExp(`^ *- date: ${TODAY}\\n +text: "?Relecture du comité"?\\n +status: ${newStatus}$`),
        );
      }
    });

    it(`adds a note to every commitment of the ${label}, touching nothing else`, async () => {
      const root = copyOf(source);
      for (const id of commitmentsOf(root)) {
        const path = join(root, 'commitments', `${id}.md`);
        const before = readFileSync(path, 'utf8');
        const result = await runMain(['update', id, '--dir', root, '--note', 'Point d’étape', '--on', TODAY], {
          today: TODAY,
        });
        expect(result.code, `${id}: ${result.stderr}`).toBe(0);
        const after = readFileSync(path, 'utf8');
        const { removed, added } = changedLines(before, after);
        expect(removed, id).toEqual([]);
        expect(added.length, id).toBe(2);
        expect(after.slice(after.indexOf('\n---', 4)), id).toBe(before.slice(before.indexOf('\n---', 4)));
      }
    });
  }
});

describe('update', () => {
  it('uses today in Europe/Paris when --on is not given, and says what it wrote', async () => {
    const root = roadmapFrom(dir);
    const result = await runMain(['update', 'guichet-unique', '--dir', root, '--progress', '40'], {
      today: '2019-03-04',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Écrit : roadmap/commitments/guichet-unique.md\n');
    expect(readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8')).toContain(
      'due: 2030-06-30\nprogress: 40\nmilestones:',
    );
    expect(readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8')).toContain(
      '    status: in_progress\n  - date: 2019-03-04\n    text: "Avancement : 40 %"\n---',
    );
  });

  it('writes the journal in English with --lang en', async () => {
    const root = roadmapFrom(dir);
    const result = await runMain(
      ['update', 'guichet-unique', '--dir', root, '--status', 'blocked', '--lang', 'en', '--on', '2019-03-04'],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote: roadmap/commitments/guichet-unique.md\n');
    expect(readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8')).toContain(
      '  - date: 2019-03-04\n    text: "Status: in progress → blocked"\n    status: blocked\n',
    );
  });

  it('prints a unified diff with --dry-run and writes nothing', async () => {
    const root = roadmapFrom(dir);
    const path = join(root, 'commitments', 'reglement.md');
    const before = readFileSync(path);
    const result = await runMain(
      ['update', 'reglement', '--dir', root, '--note', 'Relu', '--on', '2019-01-10', '--dry-run'],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '--- a/roadmap/commitments/reglement.md',
        '+++ b/roadmap/commitments/reglement.md',
        '@@ -13,5 +13,7 @@',
        '   - date: 2018-11-15',
        '     text: Adopté',
        '     status: done',
        '+  - date: 2019-01-10',
        '+    text: Relu',
        ' ---',
        ' Le règlement du comité territorial.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('(simulation : rien n’a été écrit)\n');
    expect(readFileSync(path)).toEqual(before);
  });

  it('marks a milestone done by its number and records a measure', async () => {
    const root = roadmapFrom(dir);
    const result = await runMain(
      [
        'update',
        'guichet-unique',
        '--dir',
        root,
        '--milestone-done',
        '2',
        '--measure',
        'creations=212,5',
        '--on',
        '2019-09-30',
      ],
      { today: TODAY },
    );
    expect(result.code).toBe(0);
    const after = readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8');
    expect(after).toContain('  - title: Ouverture\n    due: 2030-03-31\n    done_on: 2019-09-30\n');
    expect(after).toContain(
      '      - { date: 2019-06-30, value: 180, source: CCI }\n      - { date: 2019-09-30, value: 212.5 }\n',
    );
    expect(after).toContain(
      `    text: "Jalon réalisé : Ouverture ; Mesure « Créations accompagnées » : 212.5 entreprises"\n`,
    );
  });

  it('adds a note dated --on', async () => {
    const root = roadmapFrom(dir);
    const result = await runMain([
      'update',
      'guichet-unique',
      '--dir',
      root,
      '--note',
      'Note datée',
      '--on',
      '2019-09-30',
    ]);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8')).toContain(
      '  - date: 2019-09-30\n    text: Note datée\n---',
    );
  });
});

describe('update refuses, leaving the file byte-identical and no temporary file', () => {
  function expectUntouched(root: string, rel: string, before: Buffer): void {
    expect(readFileSync(join(root, rel))).toEqual(before);
    expect(readdirSync(join(root, 'commitments')).sort()).toEqual(['guichet-unique.md', 'reglement.md']);
  }

  it.each([
    [
      'an edit that would make the roadmap invalid',
      'reglement',
      ['--progress', '50', '--on', '2019-01-10'],
      'progress/done-not-100',
    ],
    ['an unknown status', 'guichet-unique', ['--status', 'finished'], 'schema/enum'],
  ])('%s: prints the errors, exit 1', async (_case, id, flags, rule) => {
    const root = roadmapFrom(dir);
    const before = readFileSync(join(root, 'commitments', `${id}.md`));
    const result = await runMain(['update', id, '--dir', root, ...flags], { today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(rule);
    expect(result.stdout).toBe('');
    expectUntouched(root, `commitments/${id}.md`, before);
  });

  it('a read-only file: a clear message, exit 2', async () => {
    const root = roadmapFrom(dir);
    const before = readFileSync(join(root, 'commitments', 'guichet-unique.md'));
    chmodSync(join(root, 'commitments', 'guichet-unique.md'), 0o444);
    const result = await runMain(['update', 'guichet-unique', '--dir', root, '--note', 'x', '--on', '2019-01-10'], {
      today: TODAY,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: roadmap/commitments/guichet-unique.md est en lecture seule. Rien n’a été écrit : rendez-le modifiable (chmod u+w) ou travaillez sur une copie.\n',
    );
    expectUntouched(root, 'commitments/guichet-unique.md', before);
  });

  it('a commitment file that is a symbolic link: exit 2', async () => {
    const root = roadmapFrom(dir);
    const link = join(root, 'commitments', 'reglement.md');
    renameSync(link, join(root, 'reglement-source.md'));
    symlinkSync(join(root, 'reglement-source.md'), link);
    const before = readFileSync(join(root, 'reglement-source.md'));
    const result = await runMain(['update', 'reglement', '--dir', root, '--note', 'x', '--on', '2019-01-10'], {
      today: TODAY,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: Refus d’écrire roadmap/commitments/reglement.md : c’est un lien symbolique. Rien n’a été écrit.\n',
    );
    expect(readFileSync(join(root, 'reglement-source.md'))).toEqual(before);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a commitment whose front matter does not parse: its errors, exit 1', async () => {
    const root = roadmapFrom(dir, { 'commitments/reglement.md': '---\nid: reglement\nstatus: [done\n---\n' });
    const result = await runMain(['update', 'reglement', '--dir', root, '--note', 'x'], { today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('yaml/syntax');
  });

  it('a commitment file too large to read: the read problem, exit 1', async () => {
    const root = roadmapFrom(dir, { 'commitments/reglement.md': `---\nid: reglement\n---\n${'x'.repeat(1_100_000)}` });
    const result = await runMain(['update', 'reglement', '--dir', root, '--note', 'x'], { today: TODAY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('read/too-large');
  });

  it.each([
    [['update', 'guichet'], 'roadmap: Aucun engagement « guichet » (vouliez-vous dire « guichet-unique » ?).\n'],
    [
      ['update', 'guichet-unique'],
      'roadmap: Rien à modifier : indiquez --status, --progress, --due, --milestone-done, --milestone-due, --add-milestone, --measure, --add-indicator, --cost, --funder, --committed, --paid ou --note.\n',
    ],
    [
      ['update', 'guichet-unique', '--status', 'in_progress'],
      'roadmap: Rien à modifier : indiquez --status, --progress, --due, --milestone-done, --milestone-due, --add-milestone, --measure, --add-indicator, --cost, --funder, --committed, --paid ou --note.\n',
    ],
    [
      ['update', 'guichet-unique', '--progress', 'beaucoup'],
      'roadmap: --progress attend un nombre, pas « beaucoup ». Rien n’a été écrit.\n',
    ],
    [
      ['update', 'guichet-unique', '--measure', 'creations'],
      'roadmap: --measure attend <indicateur>=<valeur>, par exemple creations=210, pas « creations ».\n',
    ],
    [
      ['update', 'guichet-unique', '--measure', 'emplois=3'],
      'roadmap: L’engagement « guichet-unique » n’a pas d’indicateur « emplois » (indicateurs : creations).\n',
    ],
    [
      ['update', 'guichet-unique', '--milestone-done', '3'],
      'roadmap: L’engagement « guichet-unique » n’a pas de jalon « 3 » (jalons : 1. Cahier des charges, 2. Ouverture).\n',
    ],
    [
      ['update', 'guichet-unique', '--milestone-done', '1'],
      'roadmap: Le jalon « Cahier des charges » est déjà réalisé (le 2018-12-15).\n',
    ],
    [
      ['update', 'guichet-unique', '--milestone-done', 'Ouverture', '--on', '2027-01-01'],
      'roadmap: Refus : --on vaut le 1er janvier 2027, après aujourd’hui (25 novembre 2026) ; un fait ne s’enregistre qu’une fois survenu. Rien n’a été écrit.\n',
    ],
    [
      ['update', 'guichet-unique', '--note', 'x', '--on', '2019-02-30'],
      'roadmap: --on : « 2019-02-30 » n’est pas une date valide (ce mois n’a que 28 jours).\n',
    ],
  ])('usage errors exit 2 and write nothing: %j', async (argv, stderr) => {
    const root = roadmapFrom(dir);
    const before = readFileSync(join(root, 'commitments', 'guichet-unique.md'));
    const result = await runMain([...argv, '--dir', root], { today: TODAY });
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expectUntouched(root, 'commitments/guichet-unique.md', before);
  });
});
