import type { Rule } from './context.js';

/** action/done-without-closed: a done action needs its closing date to be placed in time. */
export const actionDoneWithoutClosed: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.meetings) {
    data.actions?.forEach((action, index) => {
      if (action.status === 'done' && !action.closed_on) {
        report('action/done-without-closed', file, ['actions', index, 'status'], { id: action.id });
      }
    });
  }
};
