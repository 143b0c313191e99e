import type { Commitment, IsoDate } from '../model/types.js';

/** The newest journal entry or indicator measure dated on or before as-of: when the lead last said something. */
export function lastReported(commitment: Commitment, asOf: IsoDate): IsoDate | null {
  let newest: IsoDate | null = null;
  const consider = (date: IsoDate): void => {
    if (date <= asOf && (newest === null || date > newest)) newest = date;
  };
  for (const entry of commitment.updates ?? []) consider(entry.date);
  for (const indicator of commitment.indicators ?? [])
    for (const measure of indicator.measures ?? []) consider(measure.date);
  return newest;
}
