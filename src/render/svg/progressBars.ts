import type { Health } from '../../derive/types.js';
import { escapeHtml } from '../escapeHtml.js';
import { HEALTH_COLOURS, INK } from './palette.js';
import { fitLabel, px, svgFrame } from './svgFrame.js';

export interface ProgressBar {
  label: string;
  /** 0..100 as computed by the engine; null draws an empty track. */
  percent: number | null;
  /** The figure as the document prints it ("45 %", "—"). */
  valueText: string;
  tone: Health;
}

const WIDTH = 640;
const ROW = 26;
const LABEL_WIDTH = 250;
const BAR_X = 262;
const BAR_WIDTH = 300;
const BAR_HEIGHT = 14;

/** One horizontal bar per row (axes), coloured by health, value printed at the end. */
export function progressBars(bars: readonly ProgressBar[], title: string): string {
  const height = Math.max(1, bars.length) * ROW + 8;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * ROW;
    const middle = y + ROW / 2;
    const filled = bar.percent === null ? 0 : (BAR_WIDTH * Math.min(100, Math.max(0, bar.percent))) / 100;
    return [
      `<text x="${LABEL_WIDTH}" y="${px(middle + 4)}" text-anchor="end" font-size="13" fill="${INK.text}">${escapeHtml(fitLabel(bar.label, 36))}</text>`,
      `<rect x="${BAR_X}" y="${px(middle - BAR_HEIGHT / 2)}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="3" fill="${INK.track}"/>`,
      filled > 0 ? `<rect x="${BAR_X}" y="${px(middle - BAR_HEIGHT / 2)}" width="${px(filled)}" height="${BAR_HEIGHT}" rx="3" fill="${HEALTH_COLOURS[bar.tone]}"/>` : '',
      `<text x="${BAR_X + BAR_WIDTH + 10}" y="${px(middle + 4)}" font-size="13" font-weight="600" fill="${INK.text}">${escapeHtml(bar.valueText)}</text>`,
    ].join('');
  });
  return svgFrame(WIDTH, height, title, rows.join(''));
}
