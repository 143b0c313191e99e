import type { CommitmentStatus } from '../../model/types.js';
import { escapeHtml } from '../escapeHtml.js';
import { INK, STATUS_COLOURS } from './palette.js';
import { px, svgFrame } from './svgFrame.js';

export interface StatusSlice {
  status: CommitmentStatus;
  label: string;
  count: number;
}

// As narrow as the progress bars, the legend on rows of three, so that both read alike on a phone.
const WIDTH = 420;
const BAR_HEIGHT = 26;
const LEGEND_Y = 52;
const LEGEND_COLUMNS = 3;
const LEGEND_STEP = WIDTH / LEGEND_COLUMNS;
const LEGEND_ROW = 22;

/** One stacked bar of commitments by status, with a legend that carries the counts (readable in greyscale). */
export function statusBreakdown(slices: readonly StatusSlice[], title: string): string {
  const total = slices.reduce((sum, slice) => sum + slice.count, 0);
  let x = 0;
  const segments: string[] = [];
  for (const slice of slices) {
    if (slice.count === 0 || total === 0) continue;
    const width = (WIDTH * slice.count) / total;
    segments.push(
      `<rect x="${px(x)}" y="4" width="${px(width)}" height="${BAR_HEIGHT}" fill="${STATUS_COLOURS[slice.status]}"/>`,
    );
    if (width >= 24) {
      const ink = slice.status === 'planned' || slice.status === 'cancelled' ? INK.text : '#ffffff';
      segments.push(
        `<text x="${px(x + width / 2)}" y="${4 + BAR_HEIGHT / 2 + 5}" text-anchor="middle" font-size="14" font-weight="700" fill="${ink}">${slice.count}</text>`,
      );
    }
    x += width;
  }
  if (total === 0) segments.push(`<rect x="0" y="4" width="${WIDTH}" height="${BAR_HEIGHT}" fill="${INK.track}"/>`);
  const legend = slices.map((slice, index) => {
    const lx = px((index % LEGEND_COLUMNS) * LEGEND_STEP);
    const ly = LEGEND_Y + Math.floor(index / LEGEND_COLUMNS) * LEGEND_ROW;
    return (
      `<rect x="${lx}" y="${ly - 11}" width="13" height="13" rx="2" fill="${STATUS_COLOURS[slice.status]}" stroke="${INK.grid}"/>` +
      `<text x="${lx}" dx="19" y="${ly}" font-size="14" fill="${INK.text}">${escapeHtml(`${slice.label} (${slice.count})`)}</text>`
    );
  });
  const height = LEGEND_Y + Math.ceil(slices.length / LEGEND_COLUMNS - 1) * LEGEND_ROW + 8;
  return svgFrame(WIDTH, height, title, segments.join('') + legend.join(''));
}
