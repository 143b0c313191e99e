import { escapeHtml } from '../escapeHtml.js';

/**
 * The outer element every chart shares: a viewBox that scales to its column,
 * an accessible title, no ids (several charts live in one page) and nothing
 * that could fetch or run anything.
 */
export function svgFrame(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

/** Coordinates rounded to a tenth: stable output and short files. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** SVG text does not wrap: long labels end with an ellipsis (the full text stays in the tables). */
export function fitLabel(text: string, maxChars: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= maxChars
    ? chars.join('')
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}
