import { compareText } from '../../../util/compareText.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/** Late commitments (derive/lateness.ts), the longest overdue first. */
export function lateSection(ctx: BriefContext): Section {
  const words = ctx.words.late;
  const late = ctx.figures.commitments
    .filter((commitment) => commitment.late)
    .sort((a, b) => b.daysLate - a.daysLate || compareText(a.id, b.id));
  const title = ctx.words.sections.late;
  if (late.length === 0) return emptySection('late', title, words.empty);
  return {
    id: 'late',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: words.commitment },
          { label: words.axis },
          { label: words.lead },
          { label: words.due },
          { label: words.delay, align: 'right' },
          { label: words.progress, align: 'right' },
          { label: words.status },
        ],
        rows: late.map((commitment) => [
          cell(commitment.title),
          cell(ctx.axisLabel(commitment.axis)),
          cell(ctx.partner(commitment.lead)),
          cell(ctx.date(commitment.due)),
          cell(words.days(ctx.number(commitment.daysLate)), 'red'),
          cell(ctx.commitmentProgress(commitment)),
          cell(ctx.words.status[commitment.status]),
        ]),
      },
    ],
  };
}
