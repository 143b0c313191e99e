import type { IsoDate } from '../model/types.js';
import { addDays } from '../util/dates.js';
import { compareText } from '../util/compareText.js';
import type { Figures } from './types.js';

/** Something still to deliver, due in the window: a commitment, one of its milestones, or an action item. */
export type Deadline =
  | { kind: 'commitment'; due: IsoDate; commitment: string; owner: string }
  | { kind: 'milestone'; due: IsoDate; commitment: string; title: string; owner: string }
  | { kind: 'action'; due: IsoDate; action: string; meeting: string; owner: string };

const KIND_ORDER: Record<Deadline['kind'], number> = { commitment: 0, milestone: 1, action: 2 };

/**
 * Open deadlines from as-of (included: not late yet) to as-of + `days`:
 * commitments neither done nor cancelled, milestones not done of such
 * commitments, open actions. By date, then commitments before milestones
 * before actions.
 */
export function upcomingDeadlines(figures: Figures, days: number): Deadline[] {
  const until = addDays(figures.asOf, days);
  const inWindow = (date: IsoDate | null): date is IsoDate => date !== null && date >= figures.asOf && date <= until;
  const deadlines: Deadline[] = [];
  for (const commitment of figures.commitments) {
    if (commitment.status === 'done' || commitment.status === 'cancelled') continue;
    if (inWindow(commitment.due))
      deadlines.push({ kind: 'commitment', due: commitment.due, commitment: commitment.id, owner: commitment.lead });
    for (const milestone of commitment.milestones) {
      if (!milestone.done && inWindow(milestone.due)) {
        deadlines.push({
          kind: 'milestone',
          due: milestone.due,
          commitment: commitment.id,
          title: milestone.title,
          owner: commitment.lead,
        });
      }
    }
  }
  for (const action of figures.actions) {
    if (action.status === 'open' && inWindow(action.due))
      deadlines.push({
        kind: 'action',
        due: action.due,
        action: action.id,
        meeting: action.meeting,
        owner: action.owner,
      });
  }
  return deadlines.sort((a, b) => compareText(a.due, b.due) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
