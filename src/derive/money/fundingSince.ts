import type { IsoDate } from '../../model/types.js';
import type { Cents, FundingFigures, MoneyEntryFigure } from './types.js';

export interface MoneyMoves {
  committed: Cents;
  paid: Cents;
}

export interface FundingSince {
  /** Per axis id and per partner id: committed and paid by entries dated in the window. */
  axes: Map<string, MoneyMoves>;
  funders: Map<string, MoneyMoves>;
  total: MoneyMoves;
  /** The entries themselves, oldest first. */
  entries: MoneyEntryFigure[];
}

/**
 * What was committed and paid from `from` (the previous held meeting's date, inclusive; null = from
 * the start) to the figures' as-of date: the brief's "what changed" of the financing plan.
 */
export function fundingSince(funding: FundingFigures, from: IsoDate | null): FundingSince {
  const result: FundingSince = { axes: new Map(), funders: new Map(), total: { committed: 0n, paid: 0n }, entries: [] };
  for (const entry of funding.entries) {
    if (from !== null && entry.date < from) continue;
    result.entries.push(entry);
    result.total[entry.kind] += entry.amount;
    for (const [map, key] of [
      [result.axes, entry.axis],
      [result.funders, entry.partner],
    ] as const) {
      const moves = map.get(key) ?? { committed: 0n, paid: 0n };
      moves[entry.kind] += entry.amount;
      map.set(key, moves);
    }
  }
  return result;
}
