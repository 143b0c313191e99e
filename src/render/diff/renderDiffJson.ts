import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import type { DiffReport, RevisionSide } from './diffReport.js';

/**
 * `roadmap diff --format json`: the diff as the engine found it, percentages
 * rounded to one decimal like every JSON output.
 */
export function renderDiffJson(report: DiffReport): string {
  const side = ({ rev, commit, folder, errors }: RevisionSide) => ({
    rev, commit, folder, valid: errors.length === 0,
    errors: errors.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })),
  });
  const body = {
    asOf: report.asOf,
    from: side(report.from),
    to: side(report.to),
    changes: report.diff,
  };
  return `${JSON.stringify(body, roundPercentages, 2)}\n`;
}

const PERCENT_KEYS = new Set(['before', 'after', 'attainmentBefore', 'attainmentAfter']);

function roundPercentages(this: unknown, key: string, value: unknown): unknown {
  // Only progress and attainment carry numeric before/after; dates and statuses are strings.
  return PERCENT_KEYS.has(key) && typeof value === 'number' ? roundHalfAwayFromZero(value, 1) : value;
}
