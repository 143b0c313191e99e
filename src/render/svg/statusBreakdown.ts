import type { CommitmentStatus } from '../../model/types.js';
import { escapeHtml } from '../escapeHtml.js';
import { INK, STATUS_COLOURS } from './palette.js';
import { px, svgFrame } from './svgFrame.js';

export interface StatusSlice {
  status: CommitmentStatus;
  label: string;
  count: number;
}

const WIDTH = 640;
const BAR_HEIGHT = 26;
const LEGEND_Y = 52;
const LEGEND_STEP = 128;

/** One stacked bar of commitments by status, with a legend that carries the counts (readable in greyscale). */
export function statusBreakdown(slices: readonly StatusSlice[], title: string): string {
  const total = slices.reduce((sum, slice) => sum + slice.count, 0);
  let x = 0;
  const segments: string[] = [];
  for (const slice of slices) {
    if (slice.count === 0 || total === 0) continue;
    const width = (WIDTH * slice.count) / total;
    segments.push(`<rect x="${px(x)}" y="4" width="${px(width)}" height="${BAR_HEIGHT}" fill="${STATUS_COLOURS[slice.status]}"/>`);
    if (width >= 24) {
      const ink = slice.status === 'planned' || slice.status === 'cancelled' ? INK.text : '#ffffff';
      segments.push(`<text x="${px(x + width / 2)}" y="${4 + BAR_HEIGHT / 2 + 5}" text-anchor="middle" font-size="13" font-weight="600" fill="${ink}">${slice.count}</text>`);
    }
    x += width;
  }
  if (total === 0) segments.push(`<rect x="0" y="4" width="${WIDTH}" height="${BAR_HEIGHT}" fill="${INK.track}"/>`);
  const legend = slices.map((slice, index) => {
    const lx = index * LEGEND_STEP;
    return `<rect x="${lx}" y="${LEGEND_Y - 10}" width="12" height="12" rx="2" fill="${STATUS_COLOURS[slice.status]}" stroke="${INK.grid}"/>`
      + `<text x="${lx + 18}" y="${LEGEND_Y}" font-size="12" fill="${INK.text}">${escapeHtml(`${slice.label} (${slice.count})`)}</text>`;
  });
  return svgFrame(WIDTH, LEGEND_Y + 10, title, segments.join('') + legend.join(''));
}
