import { cell, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/**
 * The hook for `--since <rev>`: whoever reads git hands over the changes as
 * plain lines, and the brief prints them in their own section, titled with
 * the date they start from.
 */
export interface SinceChanges {
  revision: string;
  /** The day of the revision's commit, which the title shows (never the revision's name). */
  date?: string | null;
  items: readonly { subject: string; change: string }[];
}

export function sinceSection(ctx: BriefContext, since: SinceChanges): Section {
  return {
    id: 'since',
    title: since.date ? ctx.words.sections.since(ctx.date(since.date)) : ctx.words.sections.sinceUndated,
    blocks: [
      {
        kind: 'table',
        columns: [{ label: ctx.words.since.subject }, { label: ctx.words.since.change }],
        rows: since.items.map((item) => [cell(item.subject), cell(item.change)]),
      },
    ],
  };
}
