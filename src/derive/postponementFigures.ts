import type { Commitment, IsoDate } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import { daysBetween } from '../util/dates.js';
import type { PostponementFigures } from './types.js';

/**
 * The moves of a commitment's due date recorded on or before `asOf`, in date
 * order: each with its signed length in days (an advance counts negative), so
 * that `days` is the net slip from the original due date to the one in force.
 */
export function postponementFigures(
  commitment: Commitment,
  dueInForce: IsoDate | null,
  asOf: IsoDate,
): PostponementFigures {
  const moves = (commitment.updates ?? [])
    .flatMap((entry) =>
      entry.due !== undefined && entry.previous_due !== undefined && entry.milestone === undefined && entry.date <= asOf
        ? [
            {
              date: entry.date,
              from: entry.previous_due,
              to: entry.due,
              days: daysBetween(entry.previous_due, entry.due),
              decision: entry.decision ?? null,
            },
          ]
        : [],
    )
    .sort((a, b) => compareText(a.date, b.date));
  return {
    originalDue: moves[0]?.from ?? dueInForce,
    moves,
    count: moves.length,
    days: moves.reduce((sum, move) => sum + move.days, 0),
  };
}
