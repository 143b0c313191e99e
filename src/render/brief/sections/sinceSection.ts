import { cell, type BriefContext } from '../briefContext.js';
import type { Section } from '../briefDocument.js';

/**
 * The hook for `--since <rev>`: whoever reads git hands over the
 * changes as plain lines, and the brief prints them in their own section.
 */
export interface SinceChanges {
  revision: string;
  items: readonly { subject: string; change: string }[];
}

export function sinceSection(ctx: BriefContext, since: SinceChanges): Section {
  return {
    id: 'since',
    title: ctx.words.sections.since(since.revision),
    blocks: [{
      kind: 'table',
      columns: [{ label: ctx.words.since.subject }, { label: ctx.words.since.change }],
      rows: since.items.map((item) => [cell(item.subject), cell(item.change)]),
    }],
  };
}
