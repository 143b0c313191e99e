import { COMMITMENT_STATUS_WORDS } from '../i18n/vocabulary.js';
import type { Rule } from './context.js';
import { isCalendarDate } from '../util/dates.js';

/** stale/past-due: an open commitment whose due date has passed as of the report date. */
export const stalePastDue: Rule = ({ roadmap, report, asOf }) => {
  for (const { data, file } of roadmap.commitments) {
    if (
      data.status !== 'done' &&
      data.status !== 'cancelled' &&
      data.due &&
      data.due < asOf &&
      isCalendarDate(data.due)
    ) {
      report('stale/past-due', file, ['due'], {
        value: data.due,
        status: data.status,
        statusWord: COMMITMENT_STATUS_WORDS[data.status],
      });
    }
  }
};
