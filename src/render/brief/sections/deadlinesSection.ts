import type { Deadline } from '../../../derive/upcomingDeadlines.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

export function deadlinesSection(ctx: BriefContext, deadlines: readonly Deadline[], days: number): Section {
  const words = ctx.words.deadlines;
  const title = ctx.words.sections.deadlines(days);
  if (deadlines.length === 0) return emptySection('deadlines', title, words.empty);
  return {
    id: 'deadlines',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [{ label: words.date }, { label: words.kind }, { label: words.subject }, { label: words.owner }],
        rows: deadlines.map((deadline) => [
          cell(ctx.date(deadline.due)),
          cell(words.kinds[deadline.kind]),
          cell(subjectOf(ctx, deadline)),
          cell(ctx.partner(deadline.owner)),
        ]),
      },
    ],
  };
}

function subjectOf(ctx: BriefContext, deadline: Deadline): string {
  switch (deadline.kind) {
    case 'commitment':
      return ctx.commitmentTitle(deadline.commitment);
    case 'milestone':
      return `${ctx.commitmentTitle(deadline.commitment)} — ${deadline.title}`;
    case 'action':
      return ctx.action(deadline.action)?.text ?? deadline.action;
  }
}
