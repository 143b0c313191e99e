/**
 * `roadmap report` as people read it: markdown for a pull request, CSV for a
 * French spreadsheet, a terminal table; filters, colour, hostile text, and the
 * exit codes of SPEC §4. Figures come from the engine fixture, computed by hand
 * in test/derive-engine.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { assertNoCrash, FIXTURES, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';

const DIR = join(FIXTURES, 'engine', 'roadmap');
const EXPECTED = join(FIXTURES, 'engine', 'expected');
const TODAY = '2026-11-25';
const report = (args: string[], options: Parameters<typeof runMain>[1] = {}) =>
  runMain(['report', '--dir', DIR, ...args], { today: TODAY, ...options });

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** The engine fixture with some files replaced. */
function fixtureWith(files: Record<string, string>): string {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  return roadmapFrom(temp.dir, files, DIR);
}

beforeAll(buildBin, 120_000);

describe('markdown, to paste into a pull request', () => {
  const expected = readFileSync(join(EXPECTED, 'report-2020-01-15.en.md'), 'utf8');

  test('in-process and through the bin', async () => {
    const args = ['--as-of', '2020-01-15', '--format', 'markdown', '--lang', 'en'];
    expect((await report(args)).stdout).toBe(expected);
    expect(runBin(['report', '--dir', DIR, ...args]).stdout).toBe(expected);
  });

  test("French by default (the convention's language), with French dates and percentages", async () => {
    const { stdout } = await report(['--as-of', '2020-01-15', '--format', 'markdown']);
    expect(stdout).toContain('# Convention du moteur — situation au 15 janvier 2020');
    expect(stdout).toContain('| 1 | Un | 2 | 1 | 1 | 0 | 80\u202f% | 0 | Alerte |');
    expect(stdout).toContain('dernière nouvelle : 1er février 2019');
  });
});

describe('CSV for a spreadsheet', () => {
  test('French: UTF-8 with BOM, semicolons, CRLF, whole percentages, ISO dates', async () => {
    const { stdout, code } = await report(['--as-of', '2019-03-31', '--format', 'csv', '--by', 'axis']);
    expect(code).toBe(0);
    // One view, one table: no title line, the header first.
    const lines = stdout.slice(1).split('\r\n');
    expect(stdout.startsWith('\ufeffN°;Axe;')).toBe(true);
    expect(lines[0]).toBe(
      'N°;Axe;Engagements;Réalisés;En retard;Jalons en retard;Avancement (%);Avancement non renseigné;Santé;Engagements reportés;Glissement (jours);Statut : Prévu;Statut : En cours;Statut : Bloqué;Statut : Réalisé;Statut : Abandonné',
    );
    // Axis 1 as of 2019-03-31: 32.083 % (test/derive-engine.test.ts) rounds to 32; no progress unknown.
    expect(lines[1]).toBe('1;Un;3;0;1;1;32;0;Alerte;0;0;0;3;0;0;0');
    expect(lines[2]).toBe('2;Deux;3;1;0;0;40;0;Bon;0;0;2;0;0;1;0');
    const indicators = (await report(['--as-of', '2019-03-31', '--format', 'csv', '--by', 'indicator'])).stdout;
    expect(indicators.split('\r\n')).toContain('Engagement quatre;Indicateur un;entreprises;10;30;12;2019-03-01;10;8');
  });

  test('a decimal comma in French, a point in English', async () => {
    const dir = fixtureWith({
      'commitments/c5.md': readFileSync(join(DIR, 'commitments/c5.md'), 'utf8').replace('value: 120', 'value: 120.5'),
    });
    const fr = await runMain(['report', '--dir', dir, '--as-of', '2020-01-15', '--format', 'csv'], { today: TODAY });
    expect(fr.stdout).toContain(';100;100;120,5;2019-02-01;;\r\n');
    const en = await runMain(['report', '--dir', dir, '--as-of', '2020-01-15', '--format', 'csv', '--lang', 'en'], {
      today: TODAY,
    });
    expect(en.stdout).toContain(',100,100,120.5,2019-02-01,,\r\n');
  });

  test('cells from files that a spreadsheet would run as formulas are kept as text', async () => {
    const dir = fixtureWith({
      'axes/un.md':
        '---\nid: un\nnumber: 1\ntitle: Premier axe\nshort_title: "=HYPERLINK(\\"http://evil.example\\";\\"x\\")"\nleads: [alpha]\n---\n',
      'partners/beta.yaml':
        'id: beta\nname: Partenaire Bêta\nshort_name: "@SUM(1+1)"\nkind: other\nrole: signatory\nmaintainers: ["@test/beta"]\n',
      'axes/deux.md': '---\nid: deux\nnumber: 2\ntitle: Deuxième axe\nshort_title: "-2+3"\n---\n',
    });
    const { stdout, code } = await runMain(['report', '--dir', dir, '--as-of', '2020-01-15', '--format', 'csv'], {
      today: TODAY,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('\r\n1;"\'=HYPERLINK(""http://evil.example"";""x"")";2;');
    expect(stdout).toContain("\r\n2;'-2+3;3;");
    expect(stdout).toContain("\r\n'@SUM(1+1);2;2;1;27;");
    expect(stdout).not.toMatch(/[;\n]=/);
  });
});

describe('terminal table', () => {
  const hostile = () =>
    fixtureWith({
      'axes/un.md':
        '---\nid: un\nnumber: 1\ntitle: Premier axe\nshort_title: "Un \\e[31mrouge\\e[0m \\u202Eabc"\nleads: [alpha]\n---\n',
    });

  test('escape and bidi sequences from files never reach the terminal', async () => {
    const { stdout, code } = await runMain(['report', '--dir', hostile(), '--as-of', '2020-01-15'], { today: TODAY });
    expect(code).toBe(0);
    expect(stdout).toContain('Un rouge abc');
    expect(stdout).not.toMatch(/[\u001b\u202e]/);
  });

  test('colour on a terminal only, NO_COLOR and FORCE_COLOR honoured', async () => {
    const args = ['--as-of', '2020-01-15'];
    expect((await report(args, { isTTY: true })).stdout).toContain('\u001b[');
    expect((await report(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b');
    expect((await report(args, { isTTY: false })).stdout).not.toContain('\u001b');
    expect((await report(args, { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31mAlerte');
    // Only our own colours: the hostile title's escape is still stripped when colour is on.
    expect(
      (await runMain(['report', '--dir', hostile(), ...args], { today: TODAY, isTTY: true })).stdout,
    ).not.toContain('\u001b[31mrouge');
  });

  test('French labels, dates and numbers; the coverage and readiness lines', async () => {
    const { stdout } = await report(['--as-of', '2020-01-15']);
    expect(stdout).toContain('Convention du moteur — situation au 15 janvier 2020');
    expect(stdout).toMatch(/│ Bêta +│ +2 │ +2 │ +1 │ +27\u202f% │ +0 │ +0 │ +0 │ +0 │ +0 │ à relancer +│/);
    expect(stdout).toContain('Axes sans pilote : 3. Trois.');
    expect(stdout).toContain('Bêta — sans nouvelles : Engagement deux (dernière nouvelle : 1er février 2019)');
  });
});

describe('--by commitment, with postponements (figures from test/derive-postponements.test.ts)', () => {
  const POSTPONED = join(FIXTURES, 'postponements', 'roadmap');
  const byCommitment = (format: string) =>
    runMain(['report', '--dir', POSTPONED, '--as-of', '2021-02-15', '--by', 'commitment', '--format', format], {
      today: '2021-04-01',
    });

  test('markdown: one row per commitment, the due date in force, its original, moves and days', async () => {
    const { stdout, code } = await byCommitment('markdown');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| Identifiant | Engagement | Axe | Pilote | Statut | Avancement (%) | Échéance initiale | Échéance | Retard (jours) | Reports | Glissement (jours) |',
    );
    expect(stdout).toContain(
      '| k1 | Engagement reporté deux fois | Premier | Un | En cours | 50\u202f% | 31 décembre 2020 | 30 septembre 2021 | 0 | 2 | 273 |',
    );
    expect(stdout).toContain(
      '| k3 | Engagement reporté plus tard | Second | Un | Prévu | 0\u202f% | 31 janvier 2021 | 31 janvier 2021 | 15 | 0 | 0 |',
    );
    expect(stdout).not.toContain('Avancement par axe');
  });

  test('CSV: ISO dates and signed days', async () => {
    const lines = (await byCommitment('csv')).stdout.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Identifiant;Engagement;Axe;Pilote;Statut;Avancement (%);Échéance initiale;Échéance;Retard (jours);Reports;Glissement (jours)',
    );
    expect(lines[2]).toBe('k2;Engagement avancé;Premier;Deux;En cours;20;2020-11-30;2020-10-31;107;1;-30');
    expect(lines[4]).toBe('k4;Engagement reporté puis abandonné;Second;Deux;Abandonné;;2020-12-31;2021-01-31;0;1;31');
  });

  test('terminal: the short columns', async () => {
    const { stdout } = await byCommitment('table');
    expect(stdout).toMatch(/│ k2 +│ Premier +│ Deux +│ En cours +│ +20\u202f% │ 31 octobre 2020 +│ +107 │ +1 │ +−30 │/);
  });

  test('JSON: the commitments array beside the SPEC keys', async () => {
    const json = JSON.parse((await byCommitment('json')).stdout) as { commitments: Record<string, unknown>[] };
    expect(json.commitments[2]).toMatchObject({
      id: 'k3',
      axis: 'a2',
      lead: 'p1',
      status: 'planned',
      progress: 0,
      due: '2021-01-31',
      late: true,
    });
  });
});

describe('filters', () => {
  const json = async (args: string[]) =>
    JSON.parse((await report(['--as-of', '2020-01-15', '--format', 'json', ...args])).stdout);

  test('--partner: the partner, and axes computed over its own commitments', async () => {
    const { axes, partners } = await json(['--partner', 'beta']);
    // Beta leads c2 and c5 and contributes to c1 and c6. Axis 1: c1 (100, weight 2) and c2 (40) → 80;
    // axis 2: c5 (0, weight 0.5) and c6 (100) → 100 / 1.5 = 66.7; axis 3 is none of beta's.
    expect(
      axes.map(({ id, commitments, done, late, progress }: Record<string, unknown>) => ({
        id,
        commitments,
        done,
        late,
        progress,
      })),
    ).toEqual([
      { id: 'un', commitments: 2, done: 1, late: 1, progress: 80 },
      { id: 'deux', commitments: 2, done: 1, late: 0, progress: 66.7 },
    ]);
    expect(partners).toHaveLength(1);
    expect(partners[0]).toMatchObject({
      id: 'beta',
      led: 2,
      contributed: 2,
      late: 1,
      progress: 26.7,
      openActions: 0,
      overdueActions: 0,
    });
  });

  test('--axis: the axis, and the partners working on it', async () => {
    const { axes, partners, indicators } = await json(['--axis', 'deux']);
    expect(axes).toHaveLength(1);
    expect(axes[0]).toMatchObject({ id: 'deux', commitments: 3, done: 1, late: 1, progress: 56 });
    // Alpha only contributes to c4 on this axis; delta works on none.
    expect(
      partners.map(({ id, led, contributed, progress }: Record<string, unknown>) => ({
        id,
        led,
        contributed,
        progress,
      })),
    ).toEqual([
      { id: 'alpha', led: 0, contributed: 1, progress: null },
      { id: 'beta', led: 1, contributed: 1, progress: 0 },
      { id: 'gamma', led: 2, contributed: 0, progress: 70 },
    ]);
    expect(indicators.map(({ id }: Record<string, unknown>) => id)).toEqual(['i1', 'i2', 'i3']);
  });

  test('--by partner prints only the partners table', async () => {
    const { stdout } = await report(['--as-of', '2020-01-15', '--by', 'partner', '--format', 'markdown']);
    expect(stdout).toContain('## Avancement par partenaire');
    expect(stdout).not.toContain('## Avancement par axe');
    expect(stdout).not.toContain('## Qui pilote');
  });
});

describe('bad input', () => {
  test.each([
    [
      ['--as-of', '2020-02-30'],
      /^roadmap: --as-of : « 2020-02-30 » n’est pas une date valide \(ce mois n’a que 29 jours\)\.\n$/,
    ],
    [
      ['--as-of', '2020-02-30', '--lang', 'en'],
      /^roadmap: --as-of: "2020-02-30" is not a valid date \(that month has only 29 days\)\.\n$/,
    ],
    [
      ['--partner', 'alph'],
      /^roadmap: --partner : aucun identifiant « alph » dans partners\/ ; vouliez-vous dire « alpha » \?\n$/,
    ],
    [['--axis', 'quatre', '--lang', 'en'], /^roadmap: --axis: no id "quatre" in axes\/\n$/],
    [
      ['--by', 'commune'],
      /^roadmap: --by doit valoir all \| axis \| partner \| indicator \| commitment \| funding, pas « commune »\n$/,
    ],
  ])('%j exits 2 with one line', async (args, message) => {
    const result = await report(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  test('an invalid roadmap prints its diagnostics and exits 1', async () => {
    const dir = fixtureWith({
      'commitments/c2.md': readFileSync(join(DIR, 'commitments/c2.md'), 'utf8').replace('lead: beta', 'lead: epsilon'),
    });
    const result = await runMain(['report', '--dir', dir], { today: TODAY });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('commitments/c2.md');
    expect(result.stderr).toContain('ref/unknown-partner');
    assertNoCrash(result);
  });
});

describe('the bundled roadmap', () => {
  test.each(['table', 'markdown', 'json', 'csv'])('report --format %s', async (format) => {
    const result = await runMain(['report', '--format', format, '--as-of', '2026-11-25'], { today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(format === 'json' ? '"asOf": "2026-11-25"' : 'Gouvernance territoriale');
  });
});
