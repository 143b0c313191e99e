import type { Commitment, Indicator, IsoDate } from '../model/types.js';
import { daysBetween } from '../util/dates.js';
import { compareText } from '../util/compareText.js';
import type { IndicatorFigures, IndicatorPoint } from './types.js';

/** Percentage points an indicator may lag its straight line before it counts as behind, when the convention says nothing (docs/reference/report.md). */
export const DEFAULT_HEALTH_TOLERANCE = 10;

/** Within this of the tolerance counts as on it: 28 − 18 is 9.999999999999998 in binary floating point. */
const TIE = 1e-9;

/**
 * One indicator as of a date: its measures so far, the latest, attainment and the
 * straight-line expectation. Behind only when it lags the line by more than
 * `tolerance` points, so a few points of noise do not turn an axis amber.
 */
export function indicatorFigures(
  commitment: Commitment,
  indicator: Indicator,
  asOf: IsoDate,
  tolerance = DEFAULT_HEALTH_TOLERANCE,
): IndicatorFigures {
  const series: IndicatorPoint[] = (indicator.measures ?? [])
    .filter((measure) => measure.date <= asOf)
    .map((measure) => ({ date: measure.date, value: measure.value, source: measure.source ?? null }))
    // Stable: two measures on one date keep file order, the later one being the latest.
    .sort((a, b) => compareText(a.date, b.date));
  const latest = series.at(-1) ?? null;
  const span = indicator.target.value - indicator.baseline.value;
  const ratio = latest === null || span === 0 ? null : (100 * (latest.value - indicator.baseline.value)) / span;
  // Values beyond what the schema allows (a roadmap read without it) must not print « Infinity » or put NaN in a chart.
  const attainment = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  const expected = latest === null || attainment === null ? null : straightLine(indicator, latest.date);
  return {
    commitment: commitment.id,
    axis: commitment.axis,
    id: indicator.id,
    label: indicator.label,
    unit: indicator.unit ?? null,
    baseline: { ...indicator.baseline },
    target: { ...indicator.target },
    series,
    latest,
    attainment,
    expected,
    behind: attainment !== null && expected !== null && expected - attainment > tolerance + TIE,
  };
}

/** Share of the way (0..100) from baseline date to target date that `date` stands at. */
function straightLine(indicator: Indicator, date: IsoDate): number {
  const length = daysBetween(indicator.baseline.date, indicator.target.date);
  if (length <= 0) return date >= indicator.target.date ? 100 : 0;
  const elapsed = daysBetween(indicator.baseline.date, date);
  return Math.min(100, Math.max(0, (100 * elapsed) / length));
}
