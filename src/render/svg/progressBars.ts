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

// Narrow on purpose, label above its bar: the same drawing stays legible from a phone to A4.
const WIDTH = 420;
const ROW = 34;
const BAR_Y = 19;
const BAR_HEIGHT = 10;

/** One horizontal bar per row (axes), coloured by health, its label above and its value at the right. */
export function progressBars(bars: readonly ProgressBar[], title: string): string {
  const rows = bars.map((bar, index) => {
    const y = 2 + index * ROW;
    const filled = bar.percent === null ? 0 : (WIDTH * Math.min(100, Math.max(0, bar.percent))) / 100;
    return [
      `<text x="0" y="${y + 14}" font-size="14" fill="${INK.text}">${escapeHtml(fitLabel(bar.label, 44))}</text>`,
      `<text x="${WIDTH}" y="${y + 14}" text-anchor="end" font-size="14" font-weight="700" fill="${INK.text}">${escapeHtml(bar.valueText)}</text>`,
      `<rect x="0" y="${y + BAR_Y}" width="${WIDTH}" height="${BAR_HEIGHT}" rx="3" fill="${INK.track}"/>`,
      filled > 0
        ? `<rect x="0" y="${y + BAR_Y}" width="${px(filled)}" height="${BAR_HEIGHT}" rx="3" fill="${HEALTH_COLOURS[bar.tone]}"/>`
        : '',
    ].join('');
  });
  return svgFrame(WIDTH, Math.max(1, bars.length) * ROW, title, rows.join(''));
}
