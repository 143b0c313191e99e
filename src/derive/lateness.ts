import type { CommitmentStatus, IsoDate } from '../model/types.js';
import { daysBetween } from '../util/dates.js';

/** Whole days a commitment is late as of the date; 0 when it is not late (open status, due set and before as-of). */
export function lateness(status: CommitmentStatus, due: IsoDate | null, asOf: IsoDate): number {
  if (status === 'done' || status === 'cancelled' || due === null || due >= asOf) return 0;
  return daysBetween(due, asOf);
}
