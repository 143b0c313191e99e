import { compareText } from '../../../util/compareText.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/**
 * « Glissements »: every commitment whose due date moved up to the as-of date
 * (the longest slip first), from its original due date to the one in force,
 * with the decisions behind the moves; then the totals, overall and per axis
 * (commitments not cancelled, as in every aggregate).
 */
export function postponementsSection(ctx: BriefContext): Section {
  const words = ctx.words.postponements;
  const title = ctx.words.sections.postponements;
  const moved = ctx.figures.commitments
    .filter((commitment) => commitment.postponements.count > 0)
    .sort((a, b) => b.postponements.days - a.postponements.days || compareText(a.id, b.id));
  if (moved.length === 0) return emptySection('postponements', title, words.empty);
  const active = moved.filter((commitment) => commitment.status !== 'cancelled');
  const moves = active.reduce((sum, commitment) => sum + commitment.postponements.count, 0);
  const days = active.reduce((sum, commitment) => sum + commitment.postponements.days, 0);
  const axes = ctx.figures.axes.filter((axis) => axis.postponements.moves > 0);
  return {
    id: 'postponements',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: words.commitment },
          { label: words.lead },
          { label: words.originalDue },
          { label: words.due },
          { label: words.moves, align: 'right' },
          { label: words.days, align: 'right' },
          { label: words.decisions },
        ],
        rows: moved.map((commitment) => [
          cell(commitment.title),
          cell(ctx.partner(commitment.lead)),
          cell(ctx.date(commitment.postponements.originalDue)),
          cell(ctx.date(commitment.due), commitment.late ? 'red' : undefined),
          cell(ctx.number(commitment.postponements.count)),
          cell(
            words.daysValue(signed(ctx, commitment.postponements.days)),
            commitment.postponements.days > 0 ? 'amber' : undefined,
          ),
          cell(
            [...new Set(commitment.postponements.moves.flatMap((move) => (move.decision ? [move.decision] : [])))].join(
              ', ',
            ),
          ),
        ]),
      },
      ...(active.length > 0
        ? [{ kind: 'paragraph' as const, text: words.total(moves, active.length, signed(ctx, days)) }]
        : []),
      ...(axes.length > 0
        ? [
            {
              kind: 'list' as const,
              items: axes.map((axis) =>
                words.axis(ctx.axisLabel(axis.id), axis.postponements.moves, signed(ctx, axis.postponements.daysMoved)),
              ),
            },
          ]
        : []),
    ],
  };
}

/** `+90`, `−30`: a slip reads with its direction. */
function signed(ctx: BriefContext, days: number): string {
  return days > 0 ? `+${ctx.number(days)}` : ctx.number(days);
}
