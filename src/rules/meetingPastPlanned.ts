import type { Rule } from './context.js';

/** meeting/past-planned: a meeting whose day has passed is still `planned` — held (to record) or cancelled? */
export const meetingPastPlanned: Rule = ({ roadmap, report, today }) => {
  for (const { data, file } of roadmap.meetings) {
    if (data.status === 'planned' && data.date < today) {
      report('meeting/past-planned', file, ['status'], { value: data.date, asOf: today, id: data.id });
    }
  }
};
