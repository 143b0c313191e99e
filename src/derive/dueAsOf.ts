import type { Commitment, IsoDate } from '../model/types.js';

/**
 * The due date in force on `asOf`: the `previous_due` of the first due change
 * the journal records after that date, else the file's `due`. "First" is the
 * earliest date; on one date, the entry written first.
 */
export function dueAsOf(commitment: Commitment, asOf: IsoDate): IsoDate | null {
  return previousDueAfter(commitment, asOf, undefined) ?? commitment.due ?? null;
}

/**
 * The `previous_due` of the first due change after `asOf`: the commitment's own
 * (`milestone` undefined), or the 1-based milestone's (journal `milestone`).
 */
export function previousDueAfter(
  commitment: Commitment,
  asOf: IsoDate,
  milestone: number | undefined,
): IsoDate | undefined {
  let firstLater: { date: IsoDate; previous: IsoDate } | undefined;
  for (const entry of commitment.updates ?? []) {
    if (
      entry.due === undefined ||
      entry.previous_due === undefined ||
      entry.date <= asOf ||
      entry.milestone !== milestone
    )
      continue;
    if (!firstLater || entry.date < firstLater.date) firstLater = { date: entry.date, previous: entry.previous_due };
  }
  return firstLater?.previous;
}
