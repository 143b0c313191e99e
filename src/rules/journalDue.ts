import type { Rule } from './context.js';

/**
 * journal/due-mismatch and journal/due-chain: the due-date moves recorded in
 * the journal (postponements, advances) follow one another — each starts from
 * the due date the previous one set — and the last one is the commitment's
 * `due`; otherwise the due date in force on a past date and the current one
 * tell different stories.
 */
export const journalDue: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    const updates = data.updates ?? [];
    let last: { due: string; date: string; index: number } | undefined;
    updates.forEach((entry, index) => {
      // A milestone's move (journal `milestone`) dates the milestone, not the commitment.
      if (entry.due === undefined || entry.milestone !== undefined) return;
      if (last && entry.previous_due !== undefined && entry.previous_due !== last.due) {
        report('journal/due-chain', file, ['updates', index, 'previous_due'], {
          value: entry.previous_due,
          expected: last.due,
          date: last.date,
        });
      }
      last = { due: entry.due, date: entry.date, index };
    });
    if (last && last.due !== data.due) {
      report('journal/due-mismatch', file, data.due === undefined ? ['updates', last.index, 'due'] : ['due'], {
        value: data.due ?? '∅',
        journal: last.due,
        date: last.date,
      });
    }
  }
};
