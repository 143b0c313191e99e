import { daysBetween } from '../../util/dates.js';
import { escapeHtml } from '../escapeHtml.js';
import { INK } from './palette.js';
import { px, svgFrame } from './svgFrame.js';

export interface TrendPoint {
  date: string;
  value: number;
}

export interface TrendInput {
  title: string;
  baseline: TrendPoint;
  target: TrendPoint;
  /** Measures on or before as-of, oldest first. */
  series: readonly TrendPoint[];
  /** How the document prints a value (locale, unit-free). */
  formatValue: (value: number) => string;
  /** Words in the document's language. */
  words: { target: string; baseline: string };
}

const WIDTH = 480;
const HEIGHT = 210;
const PLOT = { left: 60, right: 400, top: 22, bottom: 172 } as const;

/**
 * Measures as a line, the straight path from baseline to target as a dashed
 * line, and the target as a flag: at a glance, ahead of or behind the plan.
 */
export function trendLine(input: TrendInput): string {
  const points = [input.baseline, ...input.series, input.target];
  const dates = points.map((point) => point.date).sort();
  const first = dates[0]!;
  const span = Math.max(1, daysBetween(first, dates[dates.length - 1]!));
  const values = points.map((point) => point.value);
  const [low, high] = paddedRange(Math.min(...values), Math.max(...values));
  const xs = new Map<string, number>();
  const x = (date: string): number => {
    let at = xs.get(date);
    if (at === undefined) xs.set(date, (at = PLOT.left + ((PLOT.right - PLOT.left) * daysBetween(first, date)) / span));
    return at;
  };
  const y = (value: number): number => PLOT.bottom - ((PLOT.bottom - PLOT.top) * (value - low)) / (high - low);
  const at = (point: TrendPoint): string => `${px(x(point.date))},${px(y(point.value))}`;

  const parts: string[] = [];
  parts.push(
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="${INK.grid}"/>`,
  );
  parts.push(...yearTicks(first, dates[dates.length - 1]!, x));
  for (const [point, word, anchorY] of [
    [input.target, input.words.target, -6],
    [input.baseline, input.words.baseline, 14],
  ] as const) {
    parts.push(
      `<line x1="${PLOT.left}" y1="${px(y(point.value))}" x2="${PLOT.right}" y2="${px(y(point.value))}" stroke="${INK.grid}" stroke-dasharray="2 3"/>`,
    );
    parts.push(
      `<text x="${PLOT.left - 6}" y="${px(y(point.value) + 4)}" text-anchor="end" font-size="13" fill="${INK.muted}">${escapeHtml(input.formatValue(point.value))}</text>`,
    );
    parts.push(
      `<text x="${PLOT.right + 12}" y="${px(y(point.value) + anchorY / 3 + 4)}" font-size="13" fill="${INK.muted}">${escapeHtml(word)}</text>`,
    );
  }
  parts.push(
    `<line x1="${px(x(input.baseline.date))}" y1="${px(y(input.baseline.value))}" x2="${px(x(input.target.date))}" y2="${px(y(input.target.value))}" stroke="${INK.muted}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  );
  parts.push(
    `<circle cx="${px(x(input.target.date))}" cy="${px(y(input.target.value))}" r="5" fill="#ffffff" stroke="${INK.accent}" stroke-width="2"/>`,
  );
  const measured = [input.baseline, ...input.series];
  if (input.series.length > 0)
    parts.push(
      `<polyline points="${measured.map(at).join(' ')}" fill="none" stroke="${INK.accent}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
  for (const point of measured)
    parts.push(`<circle cx="${px(x(point.date))}" cy="${px(y(point.value))}" r="3.5" fill="${INK.accent}"/>`);
  const last = input.series[input.series.length - 1];
  if (last) {
    // Above the point, unless the target's flag is there already.
    const nearTarget =
      Math.abs(y(last.value) - y(input.target.value)) < 22 && Math.abs(x(last.date) - x(input.target.date)) < 40;
    const labelY = nearTarget ? y(last.value) + 22 : y(last.value) - 10;
    parts.push(
      `<text x="${px(x(last.date))}" y="${px(labelY)}" text-anchor="middle" font-size="14" font-weight="600" fill="${INK.accent}">${escapeHtml(input.formatValue(last.value))}</text>`,
    );
  }
  return svgFrame(WIDTH, HEIGHT, input.title, parts.join(''));
}

/** Ten percent of air above and below, and a non-zero range when every value is equal. */
function paddedRange(low: number, high: number): [number, number] {
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.1;
  return [low - pad, high + pad];
}

/** A tick and label at each 1 January in range, thinned so that labels never collide. */
function yearTicks(from: string, to: string, x: (date: string) => number): string[] {
  const firstYear = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
  const lastYear = Number(to.slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const ticks: string[] = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const tx = px(x(`${year}-01-01`));
    ticks.push(`<line x1="${tx}" y1="${PLOT.bottom}" x2="${tx}" y2="${PLOT.bottom + 5}" stroke="${INK.muted}"/>`);
    ticks.push(
      `<text x="${tx}" y="${PLOT.bottom + 22}" text-anchor="middle" font-size="13" fill="${INK.muted}">${year}</text>`,
    );
  }
  return ticks;
}
