import { compareText } from '../../../util/compareText.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/** Every action still open, overdue first, with the meeting that decided it: carried over until closed. */
export function actionsSection(ctx: BriefContext): Section {
  const words = ctx.words.actions;
  const open = ctx.figures.actions
    .filter((action) => action.status === 'open')
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        compareText(a.due ?? '9999', b.due ?? '9999') ||
        compareText(a.id, b.id),
    );
  const title = ctx.words.sections.actions;
  if (open.length === 0) return emptySection('actions', title, words.empty);
  return {
    id: 'actions',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: words.action },
          { label: words.owner },
          { label: words.due },
          { label: words.origin },
          { label: words.state },
        ],
        rows: open.map((action) => [
          cell(action.text),
          cell(ctx.partner(action.owner)),
          cell(ctx.date(action.due)),
          cell(ctx.date(action.meetingDate)),
          action.overdue ? cell(words.overdue, 'red') : cell(words.open),
        ]),
      },
      { kind: 'paragraph', text: words.carried, tone: 'muted' },
    ],
  };
}
