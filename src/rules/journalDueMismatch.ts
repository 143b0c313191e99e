import type { Rule } from './context.js';

/**
 * journal/due-mismatch: the last due date recorded in the journal (a
 * postponement or an advance) is the commitment's `due` — otherwise the due
 * date in force on a past date and the current one tell different stories.
 */
export const journalDueMismatch: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    const moves = (data.updates ?? []).filter((entry) => entry.due !== undefined);
    const last = moves[moves.length - 1];
    if (last && last.due !== data.due) {
      report('journal/due-mismatch', file, data.due === undefined ? ['updates', (data.updates ?? []).indexOf(last), 'due'] : ['due'], { value: data.due ?? '∅', journal: last.due!, date: last.date });
    }
  }
};
