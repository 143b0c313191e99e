import type { Commitment, Indicator, IsoDate } from '../model/types.js';
import { daysBetween } from '../util/dates.js';
import { compareText } from '../util/compareText.js';
import type { IndicatorFigures, IndicatorPoint } from './types.js';

/** One indicator as of a date: its measures so far, the latest, attainment and the straight-line expectation. */
export function indicatorFigures(commitment: Commitment, indicator: Indicator, asOf: IsoDate): IndicatorFigures {
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
    behind: attainment !== null && expected !== null && attainment < expected,
  };
}

/** Share of the way (0..100) from baseline date to target date that `date` stands at. */
function straightLine(indicator: Indicator, date: IsoDate): number {
  const length = daysBetween(indicator.baseline.date, indicator.target.date);
  if (length <= 0) return date >= indicator.target.date ? 100 : 0;
  const elapsed = daysBetween(indicator.baseline.date, date);
  return Math.min(100, Math.max(0, (100 * elapsed) / length));
}
