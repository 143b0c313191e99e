import { isCalendarDate } from '../util/dates.js';
import type { Rule } from './context.js';

/** measure/before-baseline: attainment is measured from the baseline onwards. */
export const measureBeforeBaseline: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    data.indicators?.forEach((indicator, i) => {
      indicator.measures?.forEach((measure, j) => {
        if (
          isCalendarDate(measure.date) &&
          isCalendarDate(indicator.baseline?.date) &&
          measure.date < indicator.baseline.date
        ) {
          report('measure/before-baseline', file, ['indicators', i, 'measures', j, 'date'], {
            value: measure.date,
            baseline: indicator.baseline.date,
          });
        }
      });
    });
  }
};
