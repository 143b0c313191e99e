import type { Rule } from './context.js';

/** date/future: something done or closed cannot be dated after today. */
export const dateFuture: Rule = ({ roadmap, report, today }) => {
  for (const { data, file } of roadmap.commitments) {
    data.milestones?.forEach((milestone, index) => {
      if (milestone.done_on && milestone.done_on > today) {
        report('date/future', file, ['milestones', index, 'done_on'], {
          field: 'done_on',
          value: milestone.done_on,
          asOf: today,
        });
      }
    });
  }
  for (const { data, file } of roadmap.meetings) {
    data.actions?.forEach((action, index) => {
      if (action.closed_on && action.closed_on > today) {
        report('date/future', file, ['actions', index, 'closed_on'], {
          field: 'closed_on',
          value: action.closed_on,
          asOf: today,
        });
      }
    });
  }
};
