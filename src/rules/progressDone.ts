import type { Rule } from './context.js';

/**
 * progress/done-not-100: a done commitment counts as 100 %, so an explicit other value contradicts it.
 * progress/open-at-100: an open commitment that says 100 % is either finished (say so) or not (say how far).
 */
export const progressDone: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.commitments) {
    if (data.progress === undefined) continue;
    if (data.status === 'done' && data.progress !== 100) {
      report('progress/done-not-100', file, ['progress'], { value: data.progress });
    } else if (
      (data.status === 'planned' || data.status === 'in_progress' || data.status === 'blocked') &&
      data.progress === 100
    ) {
      report('progress/open-at-100', file, ['progress'], {});
    }
  }
};
