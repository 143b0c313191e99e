import { COMMITMENT_STATUSES } from '../../../model/types.js';
import { count, percent, text, type Sheet } from '../../sheet/sheet.js';
import { reportReasonText } from '../reportReasonText.js';
import { alertTone, HEALTH_TONE, type ReportContext } from '../reportContext.js';

/**
 * Progress by axis, and under the table why each axis that is not green got its
 * colour. `withStatusColumns` adds one column per status (for spreadsheets).
 */
export function axesSheet(ctx: ReportContext, withStatusColumns: boolean): Sheet {
  const words = ctx.words.axes;
  const statuses = withStatusColumns ? COMMITMENT_STATUSES : [];
  return {
    title: words.title,
    columns: [
      { label: words.number, numeric: true },
      { label: words.axis },
      { label: words.commitments, numeric: true },
      { label: words.done, numeric: true },
      { label: words.late, numeric: true },
      { label: words.lateMilestones, numeric: true },
      { label: words.progress, numeric: true },
      { label: words.unknown, numeric: true },
      { label: words.health },
      { label: words.postponed, numeric: true },
      { label: words.daysMoved, numeric: true },
      ...statuses.map((status) => ({ label: words.byStatus(ctx.words.status[status]), numeric: true })),
    ],
    rows: ctx.figures.axes.map((axis) => [
      count(axis.number),
      text(axis.shortTitle),
      count(axis.commitments),
      count(axis.done),
      count(axis.late, alertTone(axis.late)),
      count(axis.lateMilestones, alertTone(axis.lateMilestones)),
      percent(axis.progress, undefined, axis.unknown > 0 ? ctx.words.progressUnknown : undefined),
      count(axis.unknown),
      text(ctx.words.health[axis.health], HEALTH_TONE[axis.health]),
      count(axis.postponements.postponed),
      count(axis.postponements.daysMoved),
      ...statuses.map((status) => count(axis.byStatus[status])),
    ]),
    notes: ctx.figures.axes
      .filter((axis) => axis.healthReasons.length > 0)
      .map((axis) =>
        words.reason(
          axis.number,
          ctx.words.health[axis.health],
          axis.healthReasons.map((reason) => reportReasonText(reason, ctx)).join(words.reasonSeparator),
        ),
      ),
    empty: words.empty,
  };
}
