import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalSafe } from '../../util/sanitize.js';
import { cellText, type Sheet } from './sheet.js';

/**
 * Sheets as GitHub-flavoured markdown tables, to paste into a pull request or an
 * issue: partner text cannot become links, HTML or extra columns. Pipes spaced
 * alike in every row, as markdownlint's table style asks.
 */
export function sheetsToMarkdown(sheets: readonly Sheet[], lang: Lang, heading = '###'): string {
  return sheets.map((sheet) => renderMarkdownTable(sheet, lang, heading)).join('\n');
}

function renderMarkdownTable(sheet: Sheet, lang: Lang, heading: string): string {
  const safe = (value: string): string => escapeMarkdown(terminalSafe(value));
  let out = `${heading} ${safe(sheet.title)}\n\n`;
  if (sheet.rows.length === 0) return `${out}${safe(sheet.empty)}\n`;
  out += tableRow(sheet.columns.map((column) => safe(column.label)));
  out += tableRow(sheet.columns.map((column) => (column.numeric ? '---:' : '---')));
  for (const row of sheet.rows) out += tableRow(row.map((cell) => safe(cellText(cell, lang))));
  const notes = sheet.notes ?? [];
  if (notes.length > 0) out += `\n${notes.map((note) => `- ${safe(note)}`).join('\n')}\n`;
  return out;
}

/** One space either side of each cell, an empty cell one space in all. */
function tableRow(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|\n`;
}
