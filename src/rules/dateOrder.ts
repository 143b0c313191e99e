import type { Rule } from './context.js';

/** date/order: an end before its start (commitment due < start, partner left < joined, indicator target < baseline). */
export const dateOrder: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    if (data.start && data.due && data.due < data.start) {
      report('date/order', file, ['due'], { field: 'due', value: data.due, other: 'start', otherValue: data.start });
    }
    data.indicators?.forEach((indicator, index) => {
      if (indicator.target.date < indicator.baseline.date) {
        report('date/order', file, ['indicators', index, 'target', 'date'], {
          field: 'target.date', value: indicator.target.date, other: 'baseline.date', otherValue: indicator.baseline.date,
        });
      }
    });
  }
  for (const { data, file } of roadmap.partners) {
    if (data.joined_on && data.left_on && data.left_on < data.joined_on) {
      report('date/order', file, ['left_on'], { field: 'left_on', value: data.left_on, other: 'joined_on', otherValue: data.joined_on });
    }
  }
};
