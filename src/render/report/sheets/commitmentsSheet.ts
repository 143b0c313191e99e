import { count, date, percent, text, type Sheet, WRAP } from '../../sheet/sheet.js';
import { alertTone, type ReportContext } from '../reportContext.js';

/**
 * One row per commitment as of the date: status, effective progress, the due
 * date in force, days late, and how its due date moved; `detailed` (documents
 * and spreadsheets) adds the title and the original due date.
 */
export function commitmentsSheet(ctx: ReportContext, detailed: boolean): Sheet {
  const words = ctx.words.commitments;
  const details = <T>(...items: T[]): T[] => (detailed ? items : []);
  const axes = new Map(ctx.figures.axes.map((axis) => [axis.id, axis.shortTitle]));
  return {
    title: words.title,
    columns: [
      { label: words.id, wrap: WRAP / 2 },
      ...details({ label: words.commitment, wrap: WRAP }),
      { label: words.axis, wrap: WRAP / 2 },
      { label: words.lead, wrap: WRAP / 2 },
      { label: words.status },
      { label: words.progress, numeric: true },
      ...details({ label: words.originalDue }),
      { label: words.due },
      { label: words.daysLate, numeric: true },
      { label: words.moves, numeric: true },
      { label: words.daysMoved, numeric: true },
    ],
    rows: ctx.figures.commitments.map((commitment) => [
      text(commitment.id),
      ...details(text(commitment.title)),
      text(axes.get(commitment.axis) ?? commitment.axis),
      text(ctx.partnerName(commitment.lead)),
      text(ctx.words.status[commitment.status]),
      percent(
        commitment.progress,
        undefined,
        commitment.progressSource === 'unknown' ? ctx.words.progressUnknown : undefined,
      ),
      ...details(date(commitment.postponements.originalDue)),
      date(commitment.due, commitment.late ? 'bad' : undefined),
      count(commitment.daysLate, alertTone(commitment.daysLate)),
      count(commitment.postponements.count),
      count(commitment.postponements.days),
    ]),
    empty: words.empty,
  };
}
