import type { Rule } from './context.js';

/**
 * guide/out-of-date: the partner guide committed in the repository, when
 * there is one, is what `roadmap guide` writes from today's files. The
 * command renders the expected guide (it reads the templates); the rule only
 * compares.
 */
export const guideOutOfDate: Rule = ({ roadmap, guide, report }) => {
  if (!guide || !roadmap.convention) return;
  if (guide.text.replace(/\r\n/g, '\n') === guide.render(roadmap)) return;
  report('guide/out-of-date', roadmap.convention.file, [], { guide: guide.path });
};
