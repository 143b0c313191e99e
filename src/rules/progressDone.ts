import type { Rule } from './context.js';

/** progress/done-not-100: a done commitment counts as 100 %, so an explicit other value contradicts it. */
export const progressDone: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    if (data.status === 'done' && data.progress !== undefined && data.progress !== 100) {
      report('progress/done-not-100', file, ['progress'], { value: data.progress });
    }
  }
};
