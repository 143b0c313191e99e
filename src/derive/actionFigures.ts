import type { Entity, IsoDate, Meeting } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import type { ActionFigures } from './types.js';

/**
 * Actions known on `asOf`: those of meetings dated on or before it (a cancelled
 * meeting decided nothing). An action is open unless `closed_on` ≤ as-of, so an
 * action marked done later was still open then; overdue = open and due < as-of.
 * Ordered by meeting date, then meeting id, then order in the meeting file.
 */
export function actionFigures(meetings: readonly Entity<Meeting>[], asOf: IsoDate): ActionFigures[] {
  const taken = meetings
    .map((entity) => entity.data)
    .filter((meeting) => meeting.date <= asOf && meeting.status !== 'cancelled')
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  const actions: ActionFigures[] = [];
  for (const meeting of taken) {
    for (const action of meeting.actions ?? []) {
      const closedOn =
        action.closed_on !== undefined && action.closed_on <= asOf && action.status !== 'open'
          ? action.closed_on
          : null;
      const status = closedOn === null ? 'open' : action.status;
      const due = action.due ?? null;
      actions.push({
        id: action.id,
        text: action.text,
        meeting: meeting.id,
        meetingDate: meeting.date,
        owner: action.owner,
        due,
        status,
        closedOn,
        overdue: status === 'open' && due !== null && due < asOf,
        commitment: action.commitment ?? null,
      });
    }
  }
  return actions;
}
