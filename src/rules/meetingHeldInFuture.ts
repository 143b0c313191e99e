import type { Rule } from './context.js';

/** meeting/held-in-future: a meeting dated after today cannot have been held. */
export const meetingHeldInFuture: Rule = ({ roadmap, report, today }) => {
  for (const { data, file } of roadmap.meetings) {
    if (data.status === 'held' && data.date > today) {
      report('meeting/held-in-future', file, ['status'], { value: data.date, asOf: today });
    }
  }
};
