import type { ActionFigures } from '../../derive/types.js';

/** `roadmap actions --format json`: the keys every JSON output of actions has first, then text, meeting date, closing date and commitment. */
export function actionsToJson(asOf: string, actions: readonly ActionFigures[]): string {
  const document = {
    asOf,
    actions: actions.map((action) => ({
      id: action.id,
      meeting: action.meeting,
      owner: action.owner,
      due: action.due,
      status: action.status,
      overdue: action.overdue,
      text: action.text,
      meetingDate: action.meetingDate,
      closedOn: action.closedOn,
      commitment: action.commitment,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
