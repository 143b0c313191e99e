import type { Commitment, CommitmentStatus, IsoDate } from '../model/types.js';
import type { MilestoneFigures } from './types.js';
import { previousDueAfter } from './dueAsOf.js';

/**
 * Milestones as of a date: done only once `done_on` ≤ as-of; late when past the due date in
 * force then (a milestone the committee re-dated is judged by its new date from the day it
 * moved, by the old one before), not done, and the commitment is not cancelled.
 */
export function milestoneFigures(commitment: Commitment, status: CommitmentStatus, asOf: IsoDate): MilestoneFigures[] {
  return (commitment.milestones ?? []).map((milestone, index) => {
    const doneOn = milestone.done_on !== undefined && milestone.done_on <= asOf ? milestone.done_on : null;
    const due = previousDueAfter(commitment, asOf, index + 1) ?? milestone.due ?? null;
    return {
      index,
      title: milestone.title,
      due,
      doneOn,
      done: doneOn !== null,
      late: doneOn === null && due !== null && due < asOf && status !== 'cancelled',
    };
  });
}
