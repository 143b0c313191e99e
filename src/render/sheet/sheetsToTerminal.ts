import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine, terminalSafe } from '../../util/sanitize.js';
import { cellText, type Column, type Sheet, type Tone } from './sheet.js';

export interface TableOptions {
  lang: Lang;
  /** Colour only when the caller decided so (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
}

/** Sheets as boxed terminal tables; text from files is stripped of escape and bidi sequences. */
export function sheetsToTerminal(sheets: readonly Sheet[], options: TableOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  return sheets.map((sheet) => renderTable(sheet, options.lang, paint)).join('\n');
}

function renderTable(sheet: Sheet, lang: Lang, paint: ChalkInstance): string {
  let out = `${paint.bold(terminalLine(sheet.title))}\n`;
  if (sheet.rows.length === 0) {
    out += `${terminalLine(sheet.empty)}\n`;
  } else {
    const texts = sheet.rows.map((row) => row.map((cell) => terminalLine(cellText(cell, lang))));
    const widths = sheet.columns.map((column, index) =>
      columnWidth(
        column,
        texts.map((row) => row[index] ?? ''),
      ),
    );
    // Without a line between rows, a wrapped cell would read as the next row.
    const wraps = texts.some((row) => row.some((cell, index) => cell.length + 2 > widths[index]!));
    const table = new Table({
      head: sheet.columns.map((column) => paint.bold(terminalLine(column.label))),
      // cli-table3 colours headers and borders by default; colour is ours to decide.
      style: { head: [], border: [], compact: !wraps },
      colWidths: widths,
      wordWrap: true,
    });
    sheet.rows.forEach((row, rowIndex) => {
      table.push(
        row.map((cell, index) => ({
          content: toned(paint, texts[rowIndex]![index]!, 'tone' in cell ? cell.tone : undefined),
          hAlign: sheet.columns[index]?.numeric ? ('right' as const) : ('left' as const),
        })),
      );
    });
    out += `${table.toString()}\n`;
  }
  for (const note of sheet.notes ?? []) out += `${terminalSafe(note)}\n`;
  return out;
}

/**
 * The widest cell plus padding, capped where a text column wraps. Headers of
 * figure columns wrap between words, so that `Avancement (%)` does not widen a
 * column of `83 %`.
 */
function columnWidth(column: Column, cells: readonly string[]): number {
  const longestWord = column.label.split(' ').reduce((widest, word) => Math.max(widest, word.length), 0);
  const header = column.numeric ? longestWord : column.label.length;
  const natural = cells.reduce((widest, cell) => Math.max(widest, cell.length), header);
  return Math.max(Math.min(natural, column.wrap ?? Infinity), longestWord) + 2;
}

function toned(paint: ChalkInstance, value: string, tone: Tone | undefined): string {
  switch (tone) {
    case 'good':
      return paint.green(value);
    case 'warn':
      return paint.yellow(value);
    case 'bad':
      return paint.red(value);
    default:
      return value;
  }
}
