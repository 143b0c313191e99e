/**
 * `report --by funding` on the hand-computed fixture (test/fixtures/money, figures worked out in
 * docs/reference/money.md): 4 funders, 6 commitments (one cancelled, one without funders),
 * entries on both sides of two as-of dates and across 2025 and 2026.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, runMain } from './helpers/cli.js';

const DIR = join(FIXTURES, 'money', 'roadmap');
const TODAY = '2026-11-25';

async function funding(asOf: string): Promise<Record<string, unknown>> {
  const result = await runMain(['report', '--dir', DIR, '--as-of', asOf, '--by', 'funding', '--format', 'json'], { today: TODAY });
  assertNoCrash(result);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { funding: Record<string, unknown> }).funding;
}

const sums = (cost: number | null, planned: number, gap: number | null, committed: number, paid: number, committedRate: number | null, paidRate: number | null) =>
  ({ cost, planned, gap, committed, paid, committedRate, paidRate });
const funder = (partner: string, planned: number, committed: number, paid: number, committedRate: number | null, paidRate: number | null) =>
  ({ partner, planned, committed, paid, committedRate, paidRate });

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
