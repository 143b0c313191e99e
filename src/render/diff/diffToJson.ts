import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import type { DiffReport, RevisionSide } from './diffReport.js';

/**
 * `roadmap diff --format json`: the diff as the engine found it, percentages
 * rounded to one decimal like every JSON output.
 */
export function diffToJson(report: DiffReport): string {
  const side = ({ rev, commit, folder, errors }: RevisionSide) => ({
    rev,
    commit,
    folder,
    valid: errors.length === 0,
    errors: errors.map(({ file, line, column, severity, rule, message }) => ({
      file,
      line,
      column,
      severity,
      rule,
      message,
    })),
  });
  const body = {
    asOf: report.asOf,
    from: side(report.from),
    to: side(report.to),
    changes: report.diff,
  };
  return `${JSON.stringify(body, roundPercentages, 2)}\n`;
}

/** Percentages are the progress change's before/after and a measure's attainments; a field's own numbers (weight, measures) stay as written. */
function roundPercentages(this: unknown, key: string, value: unknown): unknown {
  const holder = this as { kind?: unknown };
  const percent =
    holder.kind === 'progress'
      ? key === 'before' || key === 'after'
      : holder.kind === 'measures-added' && (key === 'attainmentBefore' || key === 'attainmentAfter');
  return percent && typeof value === 'number' ? roundHalfAwayFromZero(value, 1) : value;
}
