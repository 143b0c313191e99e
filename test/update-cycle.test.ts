/**
 * `update` for the committee cycle: due dates moved (with the decision behind
 * them), measures with their source, facts never dated after today, journal
 * entries inserted in date order, ambiguous milestone titles refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';
const GUICHET = 'commitments/guichet-unique.md';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('update-cycle-')));
afterEach(() => cleanup());

async function update(root: string, argv: string[]) {
  const result = await runMain(['update', ...argv, '--dir', root], { today: TODAY });
  assertNoCrash(result);
  return result;
}

async function diagnosticsOf(root: string): Promise<string[]> {
  const result = await runMain(['validate', '--dir', root, '--format', 'json'], { today: TODAY });
  return (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.map(
    (d) => `${d.file} ${d.rule}`,
  );
}

describe('update --due', () => {
  it('postpones the due date, citing a decision, and journals due, previous_due and decision', async () => {
    const root = roadmapFrom(dir);
    const result = await update(root, [
      'guichet-unique',
      '--due',
      '2031-03-31',
      '--decision',
      'd-1',
      '--on',
      '2019-01-10',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = readFileSync(join(root, GUICHET), 'utf8');
    expect(after).toContain('start: 2018-09-01\ndue: 2031-03-31\nmilestones:');
    expect(after).toContain(
      [
        '    status: in_progress',
        '  - date: 2019-01-10',
        '    text: Échéance reportée du 30 juin 2030 au 31 mars 2031',
        '    due: 2031-03-31',
        '    previous_due: 2030-06-30',
        '    decision: d-1',
        '---',
      ].join('\n'),
    );
    expect(await diagnosticsOf(root)).toEqual([]);
  });

  it('an advance says so, in English with --lang en', async () => {
    const root = roadmapFrom(dir);
    const result = await update(root, ['guichet-unique', '--due', '2029-12-31', '--on', '2019-01-10', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, GUICHET), 'utf8')).toContain(
      '    text: Due date brought forward from 30 June 2030 to 31 December 2029\n    due: 2029-12-31\n    previous_due: 2030-06-30\n',
    );
  });

  it('a commitment without a due date gets one, journalled without previous_due', async () => {
    const root = roadmapFrom(dir, {
      [GUICHET]: readFileSync(join(roadmapFrom(join(dir, 'source')), GUICHET), 'utf8').replace('due: 2030-06-30\n', ''),
    });
    const result = await update(root, ['guichet-unique', '--due', '2030-06-30', '--on', '2019-01-10']);
    expect(result.code).toBe(0);
    const after = readFileSync(join(root, GUICHET), 'utf8');
    expect(after).toContain('start: 2018-09-01\ndue: 2030-06-30\nmilestones:');
    expect(after).toContain('  - date: 2019-01-10\n    text: Échéance fixée au 30 juin 2030\n---');
    expect(await diagnosticsOf(root)).toEqual([]);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const root = roadmapFrom(dir);
    const before = readFileSync(join(root, GUICHET));
    const result = await update(root, ['guichet-unique', '--due', '2031-03-31', '--on', '2019-01-10', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('-due: 2030-06-30\n+due: 2031-03-31\n');
    expect(result.stdout).toContain('+    previous_due: 2030-06-30\n');
    expect(result.stderr).toBe('(simulation : rien n’a été écrit)\n');
    expect(readFileSync(join(root, GUICHET))).toEqual(before);
  });
});

describe('journal entries go in date order', () => {
  it('an earlier --on is inserted before the later entries, and validate has nothing to say', async () => {
    const root = roadmapFrom(dir);
    expect((await update(root, ['reglement', '--note', 'Premier jet relu', '--on', '2018-09-10'])).code).toBe(0);
    expect(readFileSync(join(root, 'commitments/reglement.md'), 'utf8')).toContain(
      [
        '  - date: 2018-07-01',
        '    text: Rédaction',
        '    status: in_progress',
        '  - date: 2018-09-10',
        '    text: Premier jet relu',
        '  - date: 2018-11-15',
        '    text: Adopté',
        '    status: done',
      ].join('\n'),
    );
    expect(await diagnosticsOf(root)).toEqual([]);
  });

  it('an earlier measure is inserted before the later ones, with its source', async () => {
    const root = roadmapFrom(dir);
    expect(
      (
        await update(root, [
          'guichet-unique',
          '--measure',
          'creations=150',
          '--source',
          'Observatoire CCI',
          '--on',
          '2019-03-31',
        ])
      ).code,
    ).toBe(0);
    expect(readFileSync(join(root, GUICHET), 'utf8')).toContain(
      '      - { date: 2019-03-31, value: 150, source: Observatoire CCI }\n      - { date: 2019-06-30, value: 180, source: CCI }\n',
    );
    expect(await diagnosticsOf(root)).toEqual([]);
  });
});

describe('update refusals: exit 2, nothing written', () => {
  const twoOuvertures = (source: string) =>
    source.replace(
      '  - title: Ouverture\n    due: 2030-03-31\n',
      '  - title: Ouverture\n    due: 2029-03-31\n  - title: Ouverture\n    due: 2030-03-31\n',
    );

  it.each([
    [
      ['guichet-unique', '--note', 'x', '--on', '2026-11-26'],
      'roadmap: Refus : --on vaut le 26 novembre 2026, après aujourd’hui (25 novembre 2026) ; un fait ne s’enregistre qu’une fois survenu. Rien n’a été écrit.\n',
    ],
    [
      ['guichet-unique', '--due', '2031-02-30'],
      'roadmap: --due : « 2031-02-30 » n’est pas une date valide (ce mois n’a que 28 jours).\n',
    ],
    [
      ['guichet-unique', '--due', '2030-06-30'],
      'roadmap: L’échéance de « guichet-unique » est déjà le 30 juin 2030 : rien à reporter.\n',
    ],
    [
      ['guichet-unique', '--due', '2031-01-31', '--decision', 'd-2'],
      'roadmap: Aucune décision « d-2 » dans les réunions (vouliez-vous dire « d-1 » ?). Les identifiants des décisions figurent dans les fichiers de meetings/ (roadmap meeting record les affiche).\n',
    ],
    [
      ['guichet-unique', '--due', '2031-01-31', '--decision', 'd-1', '--on', '2018-10-01'],
      'roadmap: La décision « d-1 » a été prise le 15 novembre 2018, après la date du changement (1er octobre 2018) : indiquez --on 2018-11-15 ou une date postérieure.\n',
    ],
    [
      ['reglement', '--status', 'blocked', '--on', '2018-09-01'],
      'roadmap: Le journal de « reglement » note déjà un changement de statut plus récent (le 15 novembre 2018) : un statut daté du 1er septembre 2018 serait aussitôt dépassé. Rien n’a été écrit ; datez le changement du 2018-11-15 ou après.\n',
    ],
    [
      ['guichet-unique', '--due', '2031-01-31', '--decision', 'd-1', '--decision', 'd-1'],
      'roadmap: --decision ne peut être donné qu’une fois pour un changement.\n',
    ],
    [
      ['guichet-unique', '--note', 'x', '--source', 'INSEE'],
      'roadmap: --source accompagne --measure : il indique d’où vient la mesure.\n',
    ],
    [
      ['guichet-unique', '--milestone-done', 'ouverture'],
      'roadmap: L’engagement « guichet-unique » a plusieurs jalons intitulés « ouverture » (2. Ouverture (2029-03-31), 3. Ouverture (2030-03-31)) : désignez-le par son numéro, par exemple --milestone-done 2.\n',
    ],
  ])('%j', async (argv, stderr) => {
    const source = readFileSync(join(roadmapFrom(join(dir, 'source')), GUICHET), 'utf8');
    const root = roadmapFrom(dir, { [GUICHET]: twoOuvertures(source) });
    const before = ['commitments/guichet-unique.md', 'commitments/reglement.md'].map((rel) =>
      readFileSync(join(root, rel)),
    );
    const result = await update(root, argv);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(
      ['commitments/guichet-unique.md', 'commitments/reglement.md'].map((rel) => readFileSync(join(root, rel))),
    ).toEqual(before);
    expect(readdirSync(join(root, 'commitments')).sort()).toEqual(['guichet-unique.md', 'reglement.md']);
  });

  it("a decision cited while a meeting file does not load: that file's errors, exit 1", async () => {
    const root = roadmapFrom(dir, {
      'meetings/comite-2019-01-10.md': '---\nid: comite-2019-01-10\ndate: [oops\n---\n',
    });
    const result = await update(root, ['guichet-unique', '--due', '2031-01-31', '--decision', 'd-2019-01-01']);
    expect(result.stderr).toContain('yaml/');
    expect(result.code).toBe(1);
  });

  it('a later due change already journalled: refused', async () => {
    const root = roadmapFrom(dir);
    expect((await update(root, ['guichet-unique', '--due', '2031-01-31', '--on', '2020-01-10'])).code).toBe(0);
    const result = await update(root, ['guichet-unique', '--due', '2031-06-30', '--on', '2019-01-10']);
    expect(result.stderr).toBe(
      'roadmap: Le journal de « guichet-unique » note déjà un changement d’échéance plus récent (le 10 janvier 2020) : datez ce report du 2020-01-10 ou après.\n',
    );
    expect(result.code).toBe(2);
  });
});
