import type { Axis, Commitment, Entity, IsoDate } from '../../model/types.js';
import { cents } from '../../model/cents.js';
import { compareText } from '../../util/compareText.js';
import type { CommitmentFigures } from '../types.js';
import { rate } from './rate.js';
import type {
  AxisMoney,
  CommitmentMoney,
  Cents,
  FunderMoney,
  FundingFigures,
  MoneyEntryFigure,
  MoneySums,
  YearMoney,
} from './types.js';

/** A running sum before its rates are worked out. */
interface Tally {
  cost: Cents;
  hasCost: boolean;
  planned: Cents;
  /** Planned of the commitments that have a cost: gap = cost − this. */
  plannedWithCost: Cents;
  committed: Cents;
  paid: Cents;
}

const emptyTally = (): Tally => ({
  cost: 0n,
  hasCost: false,
  planned: 0n,
  plannedWithCost: 0n,
  committed: 0n,
  paid: 0n,
});

/**
 * The money (docs/reference/money.md) as of `asOf`: per commitment, per axis, per funder, per calendar year and
 * in total, over non-cancelled commitments (status as of the date). Every sum in BigInt cents. Pure.
 */
export function fundingFigures(
  commitments: readonly Entity<Commitment>[],
  figures: ReadonlyMap<string, CommitmentFigures>,
  axes: readonly Axis[],
  asOf: IsoDate,
  currency: string,
): FundingFigures {
  const total = emptyTally();
  const byAxis = new Map<string, Tally>();
  const byFunder = new Map<string, Tally>();
  const byYear = new Map<number, { committed: Cents; paid: Cents }>();
  const rows: CommitmentMoney[] = [];
  const entries: MoneyEntryFigure[] = [];

  for (const { data } of commitments) {
    const budget = data.budget;
    if (!budget) continue;
    const cancelled = figures.get(data.id)?.status === 'cancelled';
    const own = emptyTally();
    const funders: FunderMoney[] = [];
    if (budget.cost !== undefined) {
      own.cost = cents(budget.cost);
      own.hasCost = true;
    }
    for (const funder of budget.funders) {
      const share = emptyTally();
      share.planned = cents(funder.planned);
      for (const kind of ['committed', 'paid'] as const) {
        for (const entry of funder[kind] ?? []) {
          if (entry.date > asOf) continue;
          const amount = cents(entry.amount);
          share[kind] += amount;
          if (cancelled) continue;
          entries.push({
            commitment: data.id,
            axis: data.axis,
            partner: funder.partner,
            kind,
            date: entry.date,
            amount,
            ref: entry.ref ?? null,
          });
          const year = Number(entry.date.slice(0, 4));
          const yearly = byYear.get(year) ?? { committed: 0n, paid: 0n };
          yearly[kind] += amount;
          byYear.set(year, yearly);
        }
      }
      add(own, share);
      funders.push(funderMoney(funder.partner, share));
      if (!cancelled) add(tallyOf(byFunder, funder.partner), share);
    }
    if (own.hasCost) own.plannedWithCost = own.planned;
    rows.push({ id: data.id, title: data.title, axis: data.axis, cancelled, funders, ...sums(own) });
    if (cancelled) continue;
    add(total, own);
    add(tallyOf(byAxis, data.axis), own);
  }

  const axisRows: AxisMoney[] = axes
    .filter((axis) => byAxis.has(axis.id))
    .map((axis) => ({
      id: axis.id,
      number: axis.number,
      title: axis.title,
      shortTitle: axis.short_title,
      ...sums(byAxis.get(axis.id)!),
    }));
  const funderRows = [...byFunder]
    .sort(([a], [b]) => compareText(a, b))
    .map(([partner, tally]) => funderMoney(partner, tally));
  const years: YearMoney[] = [...byYear].sort(([a], [b]) => a - b).map(([year, sum]) => ({ year, ...sum }));
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    currency,
    any: rows.length > 0,
    total: sums(total),
    axes: axisRows,
    funders: funderRows,
    years,
    commitments: rows.sort((a, b) => compareText(a.id, b.id)),
    entries,
  };
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = emptyTally()));
  return tally;
}

function add(into: Tally, from: Tally): void {
  into.cost += from.cost;
  into.hasCost ||= from.hasCost;
  into.planned += from.planned;
  into.plannedWithCost += from.plannedWithCost;
  into.committed += from.committed;
  into.paid += from.paid;
}

function sums(tally: Tally): MoneySums {
  return {
    cost: tally.hasCost ? tally.cost : null,
    planned: tally.planned,
    gap: tally.hasCost ? tally.cost - tally.plannedWithCost : null,
    committed: tally.committed,
    paid: tally.paid,
    committedRate: rate(tally.committed, tally.planned),
    paidRate: rate(tally.paid, tally.committed),
  };
}

function funderMoney(partner: string, tally: Tally): FunderMoney {
  return {
    partner,
    planned: tally.planned,
    committed: tally.committed,
    paid: tally.paid,
    committedRate: rate(tally.committed, tally.planned),
    paidRate: rate(tally.paid, tally.committed),
  };
}
