import type { ActionFigures } from '../../derive/types.js';
import type { ReportContext } from '../report/reportContext.js';
import { date, text, WRAP, type Sheet } from '../sheet/sheet.js';

/** Action items across meetings, with where they were decided, who owns them and whether they are overdue. */
export function actionsSheet(ctx: ReportContext, actions: readonly ActionFigures[]): Sheet {
  const words = ctx.words.actions;
  return {
    title: words.title,
    columns: [
      { label: words.id },
      { label: words.text, wrap: WRAP },
      { label: words.meeting },
      { label: words.owner, wrap: WRAP / 2 },
      { label: words.due },
      { label: words.status },
      { label: words.closedOn },
      { label: words.overdue },
    ],
    rows: actions.map((action) => [
      text(action.id),
      text(action.text),
      date(action.meetingDate),
      text(ctx.partnerName(action.owner)),
      date(action.due, action.overdue ? 'bad' : undefined),
      text(ctx.words.actionStatus[action.status], action.status === 'open' ? undefined : 'good'),
      date(action.closedOn),
      text(action.overdue ? words.yes : words.no, action.overdue ? 'bad' : undefined),
    ]),
    empty: words.empty,
  };
}
