import type { Rule } from './context.js';

/** axis/duplicate-number: axis numbers set the display order, so each is unique. */
export const axisDuplicateNumber: Rule = ({ roadmap, report }) => {
  const seen = new Map<number, string>();
  for (const axis of roadmap.axes) {
    const other = seen.get(axis.data.number);
    if (other === undefined) seen.set(axis.data.number, axis.data.id);
    else report('axis/duplicate-number', axis.file, ['number'], { number: axis.data.number, other });
  }
};
