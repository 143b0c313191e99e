import type { Change } from '../../../derive/changesBetween.js';
import { cell, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/** Facts recorded from the previous held meeting's date (included) to the as-of date, each once. */
export function changesSection(ctx: BriefContext, changes: readonly Change[], since: { date: string } | null): Section {
  const words = ctx.words.changes;
  const title = since ? ctx.words.sections.changes(ctx.date(since.date)) : ctx.words.sections.changesFromStart;
  const intro = {
    kind: 'paragraph' as const,
    text: words.window(
      since ? ctx.date(since.date) : ctx.date(ctx.roadmap.convention?.data.signed_on ?? null),
      ctx.date(ctx.figures.asOf),
    ),
    tone: 'muted' as const,
  };
  if (changes.length === 0)
    return { id: 'changes', title, blocks: [intro, { kind: 'paragraph', text: words.empty, tone: 'muted' }] };
  return {
    id: 'changes',
    title,
    blocks: [
      intro,
      {
        kind: 'table',
        columns: [{ label: words.date }, { label: words.subject }, { label: words.change }],
        rows: changes.map((change) => [
          cell(ctx.date(change.date)),
          cell(subjectOf(ctx, change)),
          cell(describe(ctx, change)),
        ]),
      },
    ],
  };
}

function subjectOf(ctx: BriefContext, change: Change): string {
  if (change.kind !== 'action') return ctx.commitmentTitle(change.commitment);
  const action = ctx.action(change.action);
  return action?.commitment ? ctx.commitmentTitle(action.commitment) : ctx.partner(action?.owner ?? '');
}

function describe(ctx: BriefContext, change: Change): string {
  const words = ctx.words.changes;
  switch (change.kind) {
    case 'journal':
      if (!change.status) return change.text;
      return change.text
        ? `${change.text} — ${words.status(ctx.words.status[change.status])}`
        : words.status(ctx.words.status[change.status]);
    case 'milestone':
      return words.milestone(change.title);
    case 'measure': {
      const indicator = ctx.indicator(change.commitment, change.indicator);
      return words.measure(
        indicator?.label ?? change.indicator,
        [ctx.number(change.value), indicator?.unit].filter(Boolean).join(' '),
      );
    }
    case 'action': {
      const action = ctx.action(change.action);
      return words.action(ctx.words.actionStatus[change.status], action?.text ?? change.action);
    }
  }
}
