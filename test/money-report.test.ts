/**
 * `report --by funding` on the hand-computed fixture (test/fixtures/money, figures worked out in
 * docs/reference/money.md): 4 funders, 6 commitments (one cancelled, one without funders),
 * entries on both sides of two as-of dates and across 2025 and 2026.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, runMain, tempDir } from './helpers/cli.js';

const DIR = join(FIXTURES, 'money', 'roadmap');
const TODAY = '2026-11-25';

async function funding(asOf: string): Promise<Record<string, unknown>> {
  const result = await runMain(['report', '--dir', DIR, '--as-of', asOf, '--by', 'funding', '--format', 'json'], {
    today: TODAY,
  });
  assertNoCrash(result);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { funding: Record<string, unknown> }).funding;
}

const sums = (
  cost: number | null,
  planned: number,
  gap: number | null,
  committed: number,
  paid: number,
  committedRate: number | null,
  paidRate: number | null,
) => ({ cost, planned, gap, committed, paid, committedRate, paidRate });
const funder = (
  partner: string,
  planned: number,
  committed: number,
  paid: number,
  committedRate: number | null,
  paidRate: number | null,
) => ({ partner, planned, committed, paid, committedRate, paidRate });

describe('report --by funding --format json', () => {
  it('pins every figure as of 2025-12-31', async () => {
    const figures = await funding('2025-12-31');
    expect(figures.currency).toBe('EUR');
    expect(figures.total).toEqual(sums(222000, 210000.1, 32000, 70000.1, 5000, 33.3, 7.1));
    expect(figures.axes).toEqual([
      { id: 'createurs', ...sums(142000, 120000, 22000, 70000, 5000, 58.3, 7.1) },
      { id: 'international', ...sums(80000, 90000.1, 10000, 0.1, 0, 0, 0) },
    ]);
    expect(figures.funders).toEqual([
      funder('bpi', 50000.1, 0.1, 0, 0, 0),
      funder('cci', 40000, 20000, 5000, 50, 25),
      funder('ept', 50000, 50000, 0, 100, 0),
      funder('region', 70000, 0, 0, 0, null),
    ]);
    expect(figures.years).toEqual([{ year: 2025, committed: 70000.1, paid: 5000 }]);
  });

  it('pins every figure as of 2026-06-30', async () => {
    const figures = await funding('2026-06-30');
    expect(figures.total).toEqual(sums(222000, 210000.1, 32000, 125000.6, 32345.67, 59.5, 25.9));
    expect(figures.axes).toEqual([
      { id: 'createurs', ...sums(142000, 120000, 22000, 95000.5, 17345.67, 79.2, 18.3) },
      { id: 'international', ...sums(80000, 90000.1, 10000, 30000.1, 15000, 33.3, 50) },
    ]);
    expect(figures.funders).toEqual([
      funder('bpi', 50000.1, 30000.1, 15000, 60, 50),
      funder('cci', 40000, 30000.5, 5000, 75, 16.7),
      funder('ept', 50000, 50000, 12345.67, 100, 24.7),
      funder('region', 70000, 15000, 0, 21.4, 0),
    ]);
    expect(figures.years).toEqual([
      { year: 2025, committed: 70000.1, paid: 5000 },
      { year: 2026, committed: 55000.5, paid: 27345.67 },
    ]);
  });

  it('shows each commitment, the cancelled one flagged and left out of the sums', async () => {
    const figures = await funding('2026-06-30');
    const rows = figures.commitments as { id: string; cancelled: boolean; gap: number | null; committed: number }[];
    expect(rows.map((row) => row.id)).toEqual(['etude', 'export', 'guichet', 'pepiniere', 'reglement', 'salon']);
    expect(rows.find((row) => row.id === 'salon')).toMatchObject({ cancelled: true, committed: 5000 });
    expect(rows.find((row) => row.id === 'export')).toMatchObject({ gap: null, committed: 0.1 });
    expect(rows.find((row) => row.id === 'reglement')).toMatchObject({ gap: 12000, committedRate: null });
  });
});

describe('report --by funding for people and spreadsheets', () => {
  it('CSV carries numbers written from the cents: a decimal comma in French, a point in English', async () => {
    const run = async (lang: string) =>
      (
        await runMain(
          ['report', '--dir', DIR, '--as-of', '2026-06-30', '--by', 'funding', '--format', 'csv', '--lang', lang],
          { today: TODAY },
        )
      ).stdout;
    const french = (await run('fr')).split('\r\n');
    expect(french[0]).toBe(
      '\ufeffNiveau;Identifiant;Libellé;Année;Coût prévu;Financement prévu;Reste à financer;Engagé;Payé;Taux d’engagement (%);Taux de paiement (%)',
    );
    expect(french).toContain('total;;Total;;222000;210000,1;32000;125000,6;32345,67;60;26');
    expect(french).toContain('year;;;2026;;;;55000,5;27345,67;;');
    expect(french).toContain('cancelled-commitment;salon;Salon international;;5000;5000;0;5000;5000;100;100');
    expect((await run('en')).split('\r\n')).toContain('funder,ept,EPT,,,50000,,50000,12345.67,100,25');
  });

  it('markdown and the terminal print amounts in the currency, by language', async () => {
    const markdown = (
      await runMain(
        ['report', '--dir', DIR, '--as-of', '2026-06-30', '--by', 'funding', '--format', 'markdown', '--lang', 'en'],
        { today: TODAY },
      )
    ).stdout;
    expect(markdown).toContain('## Funding by axis');
    expect(markdown).toContain('| | Total | €222,000 | €210,000.10 | €32,000 | €125,000.60 | €32,345.67 | 60% | 26% |');
    expect(markdown).toContain('| Salon international (cancelled, not in the totals) | International | €5,000 |');
    const table = (
      await runMain(['report', '--dir', DIR, '--as-of', '2025-12-31', '--by', 'financement'], { today: TODAY })
    ).stdout;
    expect(table).toContain('Engagé et payé par année');
    expect(table).toMatch(/│ 2025 +│ 70\u202f000,10\u202f€ │ +5\u202f000\u202f€ │/);
  });
});

describe('the brief and the site show the same money', () => {
  const NNBSP = '\u202f';
  const euros = (text: string) => `${text.replace(/ /g, NNBSP)}${NNBSP}€`;

  it('the brief: « Plan de financement et exécution » per axis and per funder, with what moved since the previous committee', async () => {
    const { dir, cleanup } = tempDir('money-brief-');
    try {
      const run = await runMain(['brief', '--dir', DIR, '--as-of', '2026-06-30', '--out', dir], { today: TODAY });
      assertNoCrash(run);
      expect(run.code).toBe(0);
      const markdown = readFileSync(join(dir, 'comite-2026-12-10', 'brief.md'), 'utf8');
      const section = markdown.slice(markdown.indexOf('## Plan de financement et exécution'));
      expect(section).toContain('depuis le 20 janvier 2026');
      // The JSON's figures as of 2026-06-30, then committed and paid since 2026-01-20 (inclusive).
      expect(section).toContain(
        `| Total | ${euros('222 000')} | ${euros('210 000,10')} | ${euros('32 000')} | ${euros('125 000,60')} | ${euros('32 345,67')} | 60${NNBSP}% | 26${NNBSP}% | ${euros('55 000,50')} | ${euros('15 000')} |`,
      );
      expect(section).toContain(
        `| 1. Créateurs | ${euros('142 000')} | ${euros('120 000')} | ${euros('22 000')} | ${euros('95 000,50')} | ${euros('17 345,67')} | 79${NNBSP}% | 18${NNBSP}% | ${euros('25 000,50')} | ${euros('0')} |`,
      );
      expect(section).toContain(
        `| CCI | ${euros('40 000')} | ${euros('30 000,50')} | ${euros('5 000')} | 75${NNBSP}% | 17${NNBSP}% | ${euros('10 000,50')} | ${euros('0')} |`,
      );
      expect(section).toContain(
        `| 30 juin 2026 | Étude des filières exportatrices | Bpifrance | Paiement | ${euros('15 000')} | |`,
      );
      // The entry of 2026-01-15 is before the committee of 2026-01-20, the cancelled salon never shows.
      expect(section.slice(0, section.indexOf('\n## ', 5))).not.toMatch(/15 janvier 2026|Salon international/);
      const html = readFileSync(join(dir, 'comite-2026-12-10', 'brief.html'), 'utf8');
      expect(html).toContain('Plan de financement et exécution');
      expect(html).toContain(euros('125 000,60'));
    } finally {
      cleanup();
    }
  });

  it('the site: a money section on each axis and funder page, its data the JSON figures', async () => {
    const { dir, cleanup } = tempDir('money-site-');
    try {
      const run = await runMain(['site', '--dir', DIR, '--as-of', '2026-06-30', '--out', join(dir, 'site')], {
        today: TODAY,
      });
      assertNoCrash(run);
      expect(run.code).toBe(0);
      const json = (await funding('2026-06-30')) as {
        axes: Record<string, number | string | null>[];
        funders: Record<string, number | string | null>[];
      };
      const figure = (html: string, name: string) =>
        new RegExp(`data-figure="${name}" data-value="([^"]*)">([^<]*)<`).exec(html);
      const axisPage = readFileSync(join(dir, 'site', 'axes', 'createurs.html'), 'utf8');
      const axis = json.axes.find((row) => row.id === 'createurs')!;
      for (const key of ['cost', 'planned', 'gap', 'committed', 'paid'])
        expect(Number(figure(axisPage, `axis-createurs-${key}`)![1]), key).toBe(axis[key]);
      expect(Number(figure(axisPage, 'axis-createurs-committed-rate')![1])).toBe(axis.committedRate);
      expect(figure(axisPage, 'axis-createurs-paid')![2]).toBe(euros('17 345,67'));
      const partnerPage = readFileSync(join(dir, 'site', 'partners', 'cci.html'), 'utf8');
      const cci = json.funders.find((row) => row.partner === 'cci')!;
      for (const key of ['planned', 'committed', 'paid', 'committedRate']) {
        const name = key === 'committedRate' ? 'funder-cci-committed-rate' : `funder-cci-${key}`;
        expect(Number(figure(partnerPage, name)![1]), key).toBe(cci[key]);
      }
      expect(figure(partnerPage, 'funder-cci-guichet-committed')![2]).toBe(euros('30 000,50'));
    } finally {
      cleanup();
    }
  });
});
