import { cell, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/** Who has reported nothing on the commitments it leads since the previous committee: the secretariat's chase list. */
export function readinessSection(ctx: BriefContext): Section {
  const words = ctx.words.readiness;
  const leading = new Set(ctx.figures.partners.filter((partner) => partner.led > 0).map((partner) => partner.id));
  const rows = ctx.figures.readiness.filter((entry) => leading.has(entry.partner) || !entry.ready);
  return {
    id: 'readiness',
    title: ctx.words.sections.readiness,
    blocks: [
      {
        kind: 'paragraph',
        text: words.intro(ctx.figures.previousCommittee ? ctx.date(ctx.figures.previousCommittee.date) : null),
        tone: 'muted',
      },
      {
        kind: 'table',
        columns: [
          { label: words.partner },
          { label: words.state },
          { label: words.stale },
          { label: words.lastReported },
        ],
        rows: rows.map((entry) => [
          cell(ctx.partner(entry.partner)),
          entry.ready ? cell(words.ready, 'green', true) : cell(words.notReady, 'amber', true),
          // One line per commitment, its last news on the same line of the next cell.
          cell(entry.stale.map((stale) => ctx.commitmentTitle(stale.commitment)).join('\n') || ctx.words.none),
          cell(
            entry.stale.map((stale) => (stale.lastReported ? ctx.date(stale.lastReported) : words.never)).join('\n') ||
              ctx.words.none,
          ),
        ]),
      },
    ],
  };
}
