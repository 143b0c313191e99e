import { isCalendarDate } from '../util/dates.js';
import type { Rule } from './context.js';

/** Both ends are real dates: one the schema refused gets its own message, not also an order. */
const dates = (a: unknown, b: unknown): boolean => isCalendarDate(a) && isCalendarDate(b);

/** date/order: an end before its start (commitment due < start, partner left < joined, indicator target < baseline). */
export const dateOrder: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    if (data.start && data.due && dates(data.start, data.due) && data.due < data.start) {
      report('date/order', file, ['due'], { field: 'due', value: data.due, other: 'start', otherValue: data.start });
    }
    data.indicators?.forEach((indicator, index) => {
      if (dates(indicator.target?.date, indicator.baseline?.date) && indicator.target.date < indicator.baseline.date) {
        report('date/order', file, ['indicators', index, 'target', 'date'], {
          field: 'target.date',
          value: indicator.target.date,
          other: 'baseline.date',
          otherValue: indicator.baseline.date,
        });
      }
    });
  }
  for (const { data, file } of roadmap.partners) {
    if (data.joined_on && data.left_on && dates(data.joined_on, data.left_on) && data.left_on < data.joined_on) {
      report('date/order', file, ['left_on'], {
        field: 'left_on',
        value: data.left_on,
        other: 'joined_on',
        otherValue: data.joined_on,
      });
    }
  }
};
