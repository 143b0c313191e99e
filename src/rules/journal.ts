import type { Rule } from './context.js';
import { COMMITMENT_STATUSES } from '../model/types.js';

/** journal/order and status/journal-mismatch: the journal is chronological and ends on the file's status. */
export const journal: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    const updates = data.updates ?? [];
    let lastStatus: { status: string; date: string } | undefined;
    updates.forEach((entry, index) => {
      const previous = updates[index - 1];
      if (previous && entry.date < previous.date) {
        report('journal/order', file, ['updates', index, 'date'], { value: entry.date, previous: previous.date });
      }
      if (entry.status) lastStatus = { status: entry.status, date: entry.date };
    });
    // An invalid status is already a schema error; comparing it would only add noise.
    if (lastStatus && lastStatus.status !== data.status && COMMITMENT_STATUSES.includes(data.status)) {
      report('status/journal-mismatch', file, ['status'], {
        status: data.status,
        journal: lastStatus.status,
        date: lastStatus.date,
      });
    }
  }
};
