import type { Rule } from './context.js';

/** indicator/flat-target: a target equal to the baseline leaves nothing to attain, so attainment can never be computed. */
export const indicatorFlatTarget: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    data.indicators?.forEach((indicator, i) => {
      if (indicator.target.value === indicator.baseline.value) {
        report('indicator/flat-target', file, ['indicators', i, 'target', 'value'], { value: indicator.target.value });
      }
    });
  }
};
