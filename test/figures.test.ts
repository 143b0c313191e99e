/**
 * SPEC §5 as amended, pinned by hand on test/fixtures/figures/roadmap as of 2020-03-01
 * (convention `health.tolerance: 5`), in report JSON, the report tables, the brief and
 * the site. Nothing below is recomputed by the code under test:
 *
 * - jalons-faits (axis connu, lead pa, weight 1): in progress, both milestones done →
 *   100 × 2 / (2 + 1) = 66.67 %, not 100; source `milestones`.
 * - explicite (connu, pb, weight 2): progress 30, source `explicit`.
 * - sans-nouvelles (connu, pb): in progress with neither progress nor milestones → unknown.
 * - bloque-inconnu (inconnu, pc) and encore-inconnu (inconnu, pa): unknown.
 * - Axis connu: (66.67 × 1 + 30 × 2) / 3 = 126.67 / 3 = 42.22 → 42.2 (JSON), 42 % (tables);
 *   unknown 1. Axis inconnu: every active commitment unknown → progress null, unknown 2.
 * - Partner pa: jalons-faits known (66.7), encore-inconnu unknown → 66.7, unknown 1.
 *   pb: explicite (30), sans-nouvelles unknown → 30, unknown 1. pc: bloque-inconnu only
 *   → null, unknown 1 (it contributes to encore-inconnu).
 * - Indicators of jalons-faits: the line from 2020-01-01 to 2020-04-10 (100 days) expects
 *   50 % on 2020-02-20 (day 50). au-dela at 44 % lags 6 points > 5: behind, the axis is
 *   amber. sur-la-limite at 45 % lags exactly 5: not behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runMain, tempDir } from './helpers/cli.js';

const DIR = join(FIXTURES, 'figures', 'roadmap');
const AS_OF = '2020-03-01';
const run = (argv: string[]) => runMain([...argv, '--dir', DIR, '--as-of', AS_OF], { today: AS_OF });

describe('amended figures in report --format json', () => {
  it('pins progress, unknown counts and the tolerance', async () => {
    const result = await run(['report', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const axes = report.axes.map(({ id, commitments, progress, unknown, health }: Record<string, unknown>) => ({
      id,
      commitments,
      progress,
      unknown,
      health,
    }));
    expect(axes).toEqual([
      { id: 'connu', commitments: 3, progress: 42.2, unknown: 1, health: 'amber' },
      { id: 'inconnu', commitments: 2, progress: null, unknown: 2, health: 'amber' },
    ]);
    const partners = report.partners.map(({ id, led, contributed, progress, unknown }: Record<string, unknown>) => ({
      id,
      led,
      contributed,
      progress,
      unknown,
    }));
    expect(partners).toEqual([
      { id: 'pa', led: 2, contributed: 0, progress: 66.7, unknown: 1 },
      { id: 'pb', led: 2, contributed: 0, progress: 30, unknown: 1 },
      { id: 'pc', led: 1, contributed: 1, progress: null, unknown: 1 },
    ]);
    const commitments = report.commitments.map(({ id, status, progress, progressSource }: Record<string, unknown>) => ({
      id,
      status,
      progress,
      progressSource,
    }));
    expect(commitments).toEqual([
      { id: 'bloque-inconnu', status: 'blocked', progress: null, progressSource: 'unknown' },
      { id: 'encore-inconnu', status: 'in_progress', progress: null, progressSource: 'unknown' },
      { id: 'explicite', status: 'in_progress', progress: 30, progressSource: 'explicit' },
      { id: 'jalons-faits', status: 'in_progress', progress: 66.7, progressSource: 'milestones' },
      { id: 'sans-nouvelles', status: 'in_progress', progress: null, progressSource: 'unknown' },
    ]);
    const indicators = report.indicators.map(({ id, attainment, expected, behind }: Record<string, unknown>) => ({
      id,
      attainment,
      expected,
      behind,
    }));
    expect(indicators).toEqual([
      { id: 'au-dela', attainment: 44, expected: 50, behind: true },
      { id: 'sur-la-limite', attainment: 45, expected: 50, behind: false },
    ]);
    expect(report.axes[0].healthReasons).toEqual([
      {
        code: 'indicators-behind',
        indicators: [{ commitment: 'jalons-faits', id: 'au-dela', attainment: 44, expected: 50 }],
      },
    ]);
  });

  it('the default tolerance of 10 takes both indicators as on track', async () => {
    const { dir, cleanup } = tempDir('figures-tolerance-');
    try {
      const { cpSync, writeFileSync } = await import('node:fs');
      cpSync(DIR, join(dir, 'roadmap'), { recursive: true });
      const convention = readFileSync(join(DIR, 'convention.yaml'), 'utf8').replace(/health:\n {2}tolerance: 5\n/, '');
      expect(convention).not.toContain('tolerance');
      writeFileSync(join(dir, 'roadmap', 'convention.yaml'), convention);
      const result = await runMain(['report', '--format', 'json', '--dir', join(dir, 'roadmap'), '--as-of', AS_OF], {
        today: AS_OF,
      });
      const report = JSON.parse(result.stdout);
      expect(report.indicators.map((indicator: { behind: boolean }) => indicator.behind)).toEqual([false, false]);
      expect(report.axes[0].healthReasons).toEqual([]);
      expect(report.axes[0].health).toBe('green');
    } finally {
      cleanup();
    }
  });
});

describe('amended figures where people read them', () => {
  it('report tables: « non renseigné » and a column counting the unknowns', async () => {
    const { stdout } = await run(['report', '--format', 'markdown']);
    expect(stdout).toContain('| Avancement (%) | Avancement non renseigné |');
    expect(stdout).toContain('| 1 | Connu | 3 | 0 | 0 | 0 | 42\u202f% | 1 | Vigilance |');
    expect(stdout).toContain('| 2 | Inconnu | 2 | 0 | 0 | 0 | non renseigné | 2 | Vigilance |');
    expect(stdout).toContain('| C | 1 | 1 | 0 | non renseigné | 1 |');
    const csv = (await run(['report', '--format', 'csv', '--by', 'axis'])).stdout.slice(1).split('\r\n');
    // CSV: a number column stays numeric, the unknown progress an empty cell, its count beside it.
    expect(csv[2]).toMatch(/^2;Inconnu;2;0;0;0;;2;Vigilance;/);
    const english = (await run(['report', '--format', 'markdown', '--by', 'commitment', '--lang', 'en'])).stdout;
    expect(english).toContain(
      '| sans-nouvelles | Engagement sans nouvelles | Connu | B | In progress | not reported |',
    );
  });

  let out: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir: out, cleanup } = tempDir('figures-out-'));
    expect((await run(['brief', '--out', join(out, 'brief')])).code).toBe(0);
    expect((await run(['site', '--out', join(out, 'site')])).code).toBe(0);
  });
  afterAll(() => cleanup());

  it('the brief: the axis of unknowns says so, the open commitment with all milestones done shows 67 %', () => {
    const markdown = readFileSync(join(out, 'brief', 'comite-2020-03-10', 'brief.md'), 'utf8');
    expect(markdown).toContain(
      '| 1. Connu | 42\u202f% (1 non renseigné) | **Vigilance** | 3 | 0 | 0 | indicateurs en deçà de la trajectoire\u00a0: Indicateur au-delà de la tolérance |',
    );
    expect(markdown).toContain('| 2. Inconnu | non renseigné (2) | **Vigilance** |');
    expect(markdown).not.toContain('Indicateur sur la limite (en deçà');
    expect(markdown).toMatch(
      /### Engagement aux jalons tous faits — \*En cours\*[\s\S]*?- \*\*Avancement\*\* — 67\u202f%/,
    );
    expect(markdown).toMatch(
      /### Engagement sans nouvelles — \*En cours\*[\s\S]*?- \*\*Avancement\*\* — non renseigné/,
    );
    const html = readFileSync(join(out, 'brief', 'comite-2020-03-10', 'brief.html'), 'utf8');
    expect(html).toContain('non renseigné (2)');
    expect(html).not.toMatch(/Inconnu[^<]*<\/[^>]+>\s*<[^>]+>0\u202f%/);
  });

  it('the site: figures, their unknown counts and the commitments’ « non renseigné »', () => {
    const home = readFileSync(join(out, 'site', 'index.html'), 'utf8');
    expect(home).toContain(
      'data-figure="axis-progress" data-axis="connu" data-value="42.2" data-unknown="1">42\u202f% (1 non renseigné)<',
    );
    expect(home).toContain(
      'data-figure="axis-progress" data-axis="inconnu" data-value="" data-unknown="2">non renseigné (2)<',
    );
    const pc = readFileSync(join(out, 'site', 'partners', 'pc.html'), 'utf8');
    expect(pc).toContain(
      'data-figure="partner-progress" data-partner="pc" data-value="" data-unknown="1">non renseigné (1)<',
    );
    const pa = readFileSync(join(out, 'site', 'partners', 'pa.html'), 'utf8');
    expect(pa).toContain('data-value="66.7" data-unknown="1">67\u202f% (1 non renseigné)<');
    expect(pa).toContain('data-commitment="jalons-faits" data-value="66.7">67\u202f%<');
    const commitment = readFileSync(join(out, 'site', 'commitments', 'sans-nouvelles.html'), 'utf8');
    expect(commitment).toContain('En cours — Avancement non renseigné');
  });
});
