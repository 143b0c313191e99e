/**
 * `roadmap brief` end to end: a small fixture whose figures are worked out by
 * hand below, the bundled roadmap at a fixed date, errors, hostile input and
 * byte-identical reruns. Each case runs in-process; the main ones also through the bin.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { FIXTURES, ROOT, assertNoCrash, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';

const FIXTURE = join(FIXTURES, 'brief', 'roadmap');
const BUNDLED = join(ROOT, 'roadmap');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function scratch(): string {
  const { dir, cleanup } = tempDir('brief-');
  cleanups.push(cleanup);
  return dir;
}

function read(dir: string, meeting: string, name: string): string {
  return readFileSync(join(dir, meeting, name), 'utf8');
}

beforeAll(buildBin, 120_000);

describe('roadmap brief on the small fixture (as of 15 September 2019)', () => {
  // Worked out by hand from test/fixtures/brief/roadmap:
  // - observatoire: progress 20, due 30 June 2019, so 77 days late (30 + 31 + 15 − 0 … July 31, August 31, September 15);
  // - guichet-unique: in progress, 1 of 2 milestones done, 100 × 1 / (2 + 1) = 33.3 %; the axis
  //   "Créateurs" averages 33.3 and 20 → 26.67 → 27 %; half of its weight is late → red;
  // - indicator "Créations accompagnées": 100 → 300, measured 180 → 40 %; the straight line expects 50 %
  //   on 30 June 2019 (545 of 1095 days = 49.8 %): 9.8 points behind, within the default tolerance
  //   of 10, so not « en deçà de la trajectoire »;
  // - actions: a-2 (due 31 January 2019) overdue, a-3 (due 31 October 2019) open and within 90 days;
  // - quorum: 1 of 2 members on 15 November 2018 (not reached), 2 of 2 on 14 March 2019.
  const expectedLines = [
    '# Comité territorial d’automne',
    '- **Lieu** — Vitry-sur-Seine',
    '- **Membres convoqués** — CCI, EPT',
    '- **Situation au** — 15 septembre 2019',
    '| CCI | **absent** | présent | 1/2 |',
    '| Quorum | **1/2 non atteint** | 2/2 atteint | |',
    '| 1. | Approbation du procès-verbal de la réunion du 14 mars 2019 | | |',
    '| 2. | Point sur l’observatoire en retard | 2. Créateurs | Observatoire de l’immobilier d’entreprise |',
    'La réunion du 14 mars 2019 n’a enregistré aucune décision.',
    '## Glissements',
    '1 engagement en retard\u202f; 2 actions ouvertes, dont 1 en retard.',
    '| 1. Gouvernance | 100\u202f% | **Bon** | 1 | 1 | 0 | Aucune alerte. |',
    '| 2. Créateurs | 27\u202f% | **Alerte** | 2 | 0 | **1** |',
    '## Ce qui a changé depuis la réunion du 14 mars 2019',
    '| 2 mai 2019 | Guichet unique des créateurs | Cahier des charges du guichet validé par les chambres |',
    '| 30 juin 2019 | Guichet unique des créateurs | Nouvelle mesure «\u00a0Créations accompagnées\u00a0»\u00a0: 180 entreprises |',
    '| Recenser les locaux vacants | CCI | 31 janvier 2019 | 15 novembre 2018 | **en retard** |',
    '| Présenter l’observatoire au prochain comité | EPT | 31 octobre 2019 | 14 mars 2019 | ouverte |',
    '| Observatoire de l’immobilier d’entreprise | 2. Créateurs | EPT | 30 juin 2019 | **77 j** | 20\u202f% | En cours |',
    '| 31 octobre 2019 | Action | Présenter l’observatoire au prochain comité | EPT |',
    '| Créations accompagnées | Guichet unique des créateurs | 100 entreprises\u202f; 1er janvier 2018 | 300 entreprises\u202f; 31 décembre 2020 | 180 entreprises\u202f; 30 juin 2019 | 40\u202f% | 50\u202f% |',
    '| EPT | **à relancer** | Observatoire de l’immobilier d’entreprise | jamais |',
    '## Annexe B — Axe 2\u00a0: Une offre coordonnée pour les créateurs',
  ];

  it('writes brief.md and brief.html for the next planned meeting, with the hand-checked figures', async () => {
    const out = scratch();
    const result = await runMain(['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Écrit : ${join(out, 'comite-2019-10-10', 'brief.md')}\nÉcrit : ${join(out, 'comite-2019-10-10', 'brief.html')}\n`,
    );
    expect(readdirSync(join(out, 'comite-2019-10-10')).sort()).toEqual(['brief.html', 'brief.md']);
    const markdown = read(out, 'comite-2019-10-10', 'brief.md');
    for (const line of expectedLines) expect(markdown).toContain(line);
    const html = read(out, 'comite-2019-10-10', 'brief.html');
    expect(html).toContain('<td class="r tone-red" data-label="Retard">77 j</td>');
    expect(html).toContain('<span class="badge tone-red">Alerte</span>');
    expect(html.match(/<svg /g)).toHaveLength(3);
  });

  it('gives the same bytes through the bin', async () => {
    const [inProcess, viaBin] = [scratch(), scratch()];
    await runMain(['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', inProcess]);
    const result = runBin(['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', viaBin]);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    for (const name of ['brief.md', 'brief.html'])
      expect(read(viaBin, 'comite-2019-10-10', name)).toBe(read(inProcess, 'comite-2019-10-10', name));
  });

  it('writes in English with --lang en', async () => {
    const out = scratch();
    expect(
      (await runMain(['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', out, '--lang', 'en'])).code,
    ).toBe(0);
    const markdown = read(out, 'comite-2019-10-10', 'brief.md');
    expect(markdown).toContain('- **Date** — 10 October 2019');
    expect(markdown).toContain('1 late commitment; 2 open actions, 1 of them overdue.');
    expect(markdown).toContain(
      '| Observatoire de l’immobilier d’entreprise | 2. Créateurs | EPT | 30 June 2019 | **77 d** | 20% | In progress |',
    );
  });

  it('reruns to byte-identical files, replacing its own', async () => {
    const out = scratch();
    const args = ['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', out];
    await runMain(args);
    const first = ['brief.md', 'brief.html'].map((name) => read(out, 'comite-2019-10-10', name));
    const again = await runMain(args);
    expect(again.code).toBe(0);
    expect(['brief.md', 'brief.html'].map((name) => read(out, 'comite-2019-10-10', name))).toEqual(first);
  });

  it('briefs a named meeting, and the default --out is briefs/ beside the roadmap', async () => {
    const dir = scratch();
    const roadmap = roadmapFrom(dir, {}, FIXTURE);
    const result = await runMain(['brief', '--meeting', 'comite-2019-03-14', '--as-of', '2019-03-01'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Écrit : briefs/comite-2019-03-14/brief.md\nÉcrit : briefs/comite-2019-03-14/brief.html\n',
    );
    expect(existsSync(join(roadmap, '..', 'briefs', 'comite-2019-03-14', 'brief.html'))).toBe(true);
    // Only facts dated on or before 1 March 2019: the May journal entry and the June measure are not there yet.
    const markdown = read(join(dir, 'briefs'), 'comite-2019-03-14', 'brief.md');
    expect(markdown).not.toContain('Cahier des charges du guichet validé');
    expect(markdown).toContain(
      '| Créations accompagnées | Guichet unique des créateurs | 100 entreprises\u202f; 1er janvier 2018 | 300 entreprises\u202f; 31 décembre 2020 | aucune mesure |',
    );
  });
});

describe('roadmap brief refuses what it cannot do', () => {
  it('names an unknown meeting and suggests the nearest id (exit 2)', async () => {
    const out = scratch();
    const result = await runMain([
      'brief',
      '--dir',
      FIXTURE,
      '--as-of',
      '2019-09-15',
      '--out',
      out,
      '--meeting',
      'comite-2019-10-11',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: aucune réunion « comite-2019-10-11 » dans meetings/ ; vouliez-vous dire « comite-2019-10-10 » ?\n',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('prints a hostile --meeting value without its terminal escapes', async () => {
    const result = await runMain([
      'brief',
      '--dir',
      FIXTURE,
      '--as-of',
      '2019-09-15',
      '--out',
      scratch(),
      '--meeting',
      'x\u001b[2Jy',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: no meeting "xy" in meetings/\n');
  });

  it('says so when no planned meeting is left (exit 2)', async () => {
    const result = await runMain([
      'brief',
      '--dir',
      FIXTURE,
      '--as-of',
      '2019-10-11',
      '--out',
      scratch(),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: no planned meeting (status: planned) on or after 11 October 2019: name one with --meeting <id>\n',
    );
  });

  it('writes nothing for an invalid roadmap (exit 1)', async () => {
    const dir = scratch();
    const roadmap = roadmapFrom(
      dir,
      {
        'commitments/observatoire.md':
          '---\nid: observatoire\ntitle: x\naxis: nulle-part\nlead: ept\nstatus: planned\n---\n',
      },
      FIXTURE,
    );
    const result = await runMain(['brief', '--dir', roadmap, '--as-of', '2019-09-15']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nulle-part');
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  it('never replaces a file it did not write', async () => {
    const out = scratch();
    mkdirSync(join(out, 'comite-2019-10-10'));
    writeFileSync(join(out, 'comite-2019-10-10', 'brief.md'), 'Notes du secrétariat\n');
    const result = await runMain(['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', out, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `roadmap: ${join(out, 'comite-2019-10-10', 'brief.md')} exists and was not made by roadmap: it will not be overwritten. Nothing was written.\n`,
    );
    expect(read(out, 'comite-2019-10-10', 'brief.md')).toBe('Notes du secrétariat\n');
    expect(existsSync(join(out, 'comite-2019-10-10', 'brief.html'))).toBe(false);
  });

  it('--dry-run lists what it would write, replacing only its own files, and writes nothing', async () => {
    const out = scratch();
    const args = ['brief', '--dir', FIXTURE, '--as-of', '2019-09-15', '--out', out, '--lang', 'en'];
    const first = await runMain([...args, '--dry-run']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `Would write: ${join(out, 'comite-2019-10-10', 'brief.md')}\nWould write: ${join(out, 'comite-2019-10-10', 'brief.html')}\n`,
    );
    expect(first.stderr).toBe('(dry run: nothing was written)\n');
    expect(readdirSync(out)).toEqual([]);
    await runMain(args);
    const html = read(out, 'comite-2019-10-10', 'brief.html');
    const again = await runMain([...args, '--dry-run']);
    expect(again.stdout).toContain(
      `Would replace: ${join(out, 'comite-2019-10-10', 'brief.html')} (an earlier version made by roadmap)`,
    );
    expect(read(out, 'comite-2019-10-10', 'brief.html')).toBe(html);
  });

  it('explains how to install Chromium when --pdf finds none (exit 2, nothing written)', async () => {
    const out = scratch();
    const result = await runMain([
      'brief',
      '--dir',
      FIXTURE,
      '--as-of',
      '2019-09-15',
      '--out',
      out,
      '--pdf',
      '--chromium',
      join(out, 'no-such-browser'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('no-such-browser');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('roadmap brief with more indicators than a committee reads', () => {
  it('lists every indicator but draws 24, those on the agenda first', async () => {
    const dir = scratch();
    const indicator = (id: string, label: string): string =>
      `  - { id: ${id}, label: "${label}", baseline: { value: 0, date: 2019-01-01 }, target: { value: 10, date: 2020-01-01 } }\n`;
    const many = Array.from({ length: 30 }, (_, i) => indicator(`i${i + 1}`, `Indicateur ${i + 1}`)).join('');
    const roadmap = roadmapFrom(
      dir,
      {
        'commitments/beaucoup.md': `---\nid: beaucoup\ntitle: Beaucoup d’indicateurs\naxis: gouvernance\nlead: ept\nstatus: in_progress\nindicators:\n${many}---\n`,
        'commitments/observatoire.md': `---\nid: observatoire\ntitle: Observatoire\naxis: createurs\nlead: ept\nstatus: in_progress\nindicators:\n${indicator('locaux', 'Locaux recensés')}---\n`,
      },
      FIXTURE,
    );
    const result = await runMain(['brief', '--dir', roadmap, '--as-of', '2019-09-15', '--out', join(dir, 'out')]);
    expect(result.code).toBe(0);
    const markdown = read(join(dir, 'out'), 'comite-2019-10-10', 'brief.md');
    // 30 + 1 + the fixture's own indicator: 32 rows in the table, 24 charts.
    expect(markdown).toContain('*Courbes des 24 indicateurs les plus utiles à la réunion');
    expect(markdown).toContain('| Indicateur 30 |');
    const html = read(join(dir, 'out'), 'comite-2019-10-10', 'brief.html');
    expect(html.match(/<figcaption>/g)).toHaveLength(2 + 24);
    // On the agenda (observatoire) comes first, even though its file sorts after "beaucoup".
    expect(html).toContain('<figcaption>Locaux recensés — Observatoire</figcaption>');
    expect(html).not.toContain('<figcaption>Indicateur 30 — ');
  });
});

describe('roadmap brief on a hostile roadmap', () => {
  it('escapes titles and bodies: no tag, handler or javascript: link survives in the markdown or the HTML', async () => {
    const dir = scratch();
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src=//evil.example></iframe>';
    const roadmap = roadmapFrom(dir, {
      'commitments/reglement.md': `---\nid: reglement\ntitle: "[clic](javascript:alert(0)) ${attack}"\naxis: gouvernance\nlead: ept\nstatus: done\n---\n# ${attack}\n\n[a](javascript:alert(3)) [b]: javascript:alert(4)\n\n[b] ![i](javascript:alert(5))\n`,
      'meetings/comite-2019-01-10.md': `---\nid: comite-2019-01-10\ndate: 2019-01-10\nkind: committee\ntitle: "${attack}"\nstatus: planned\n---\n`,
    });
    const result = await runMain(['brief', '--dir', roadmap, '--as-of', '2018-12-01', '--out', join(dir, 'out')]);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    const html = read(join(dir, 'out'), 'comite-2019-01-10', 'brief.html');
    expect(html).not.toMatch(/<(script|iframe|img)\b/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    const markdown = read(join(dir, 'out'), 'comite-2019-01-10', 'brief.md');
    // Backslash-escaped `\<` is literal text in markdown; no tag at all below the generated-file comment.
    expect(markdown.split('\n').slice(1).join('\n')).not.toMatch(/(^|[^\\])<[a-z]/im);
    expect(markdown).toContain('# \\<script\\>alert(1)\\</script\\>');
    // An escaped `\]` cannot close a link text, so only an unescaped `](javascript:` would be live.
    expect(markdown).not.toMatch(/(?<!\\)\]\(\s*javascript:|^\s*\[[^\]]*\]:\s*javascript:/im);
  });
});

describe('roadmap brief on the bundled Grand-Orly roadmap (as of 25 November 2026)', () => {
  it('briefs the 10 December 2026 committee with the hand-checked figures', async () => {
    const out = scratch();
    const args = ['brief', '--dir', BUNDLED, '--as-of', '2026-11-25', '--out', out];
    const result = runBin(args);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    const markdown = read(out, 'comite-territorial-2026-12-10', 'brief.md');
    // Axis 2: the one-stop shop (weight 2, done: 100) and the creators' path (weight 1, 60 %) → 260 / 3 = 86.7 → 87 %.
    expect(markdown).toContain('| 2. Créateurs d’entreprises | 87\u202f% | **Alerte** | 2 | 1 | **1** |');
    // Project holders: 1 800 → 2 500, last measure 2 560 → 760 / 700 = 108.6 → 109 %.
    expect(markdown).toContain('| 2\u202f560 porteurs de projet\u202f; 31 décembre 2022 | 109\u202f% |');
    // Marketing commitment due 30 June 2020: 2 339 days late on 25 November 2026.
    expect(markdown).toContain('| 30 juin 2020 | **2\u202f339 j** | 40\u202f% | Bloqué |');
    expect(markdown).toContain('- **Date** — 10 décembre 2026');
    expect(markdown).toContain('## Annexe I — Axe 9\u00a0: Favoriser le développement du numérique');
    const inProcess = scratch();
    await runMain(['brief', '--dir', BUNDLED, '--as-of', '2026-11-25', '--out', inProcess]);
    expect(read(inProcess, 'comite-territorial-2026-12-10', 'brief.html')).toBe(
      read(out, 'comite-territorial-2026-12-10', 'brief.html'),
    );
  });
});
