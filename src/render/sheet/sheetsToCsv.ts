/**
 * Sheets as CSV that a spreadsheet opens as it should (docs/reference/report.md):
 * UTF-8 with a byte-order mark (without it Excel reads Latin-1), CRLF lines,
 * `;` between cells and a decimal comma in French (Excel's French list separator
 * is `;` because `,` is the decimal mark), `,` and a decimal point in English.
 * Dates are ISO `YYYY-MM-DD`, which every spreadsheet reads as a date; percentages
 * are whole numbers. Several sheets are separated by an empty line, each with its
 * title on a line of its own.
 */
import type { Lang } from '../../i18n/lang.js';
import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import { centsToDecimal } from '../../i18n/formatMoney.js';
import { terminalLine } from '../../util/sanitize.js';
import type { Cell, Sheet } from './sheet.js';

const BOM = '\ufeff';
const SEPARATOR: Record<Lang, { cell: string; decimal: string }> = {
  fr: { cell: ';', decimal: ',' },
  en: { cell: ',', decimal: '.' },
};

export function sheetsToCsv(sheets: readonly Sheet[], lang: Lang): string {
  const { cell: separator } = SEPARATOR[lang];
  const line = (cells: readonly string[]): string =>
    `${cells.map((value) => quoted(value, separator)).join(separator)}\r\n`;
  const blocks = sheets.map((sheet) => {
    let out = sheets.length > 1 ? line([neutralised(sheet.title)]) : '';
    out += line(sheet.columns.map((column) => neutralised(column.label)));
    for (const row of sheet.rows) out += line(row.map((cell) => csvValue(cell, lang)));
    return out;
  });
  return BOM + blocks.join('\r\n');
}

function csvValue(cell: Cell, lang: Lang): string {
  switch (cell.kind) {
    case 'text':
      return neutralised(cell.text);
    case 'count':
      return String(cell.value);
    case 'percent':
      return cell.value === null ? '' : String(roundHalfAwayFromZero(cell.value, 0));
    case 'number':
      return cell.value === null ? '' : String(cell.value).replace('.', SEPARATOR[lang].decimal);
    case 'date':
      return cell.value ?? '';
    // A number in currency units, written from the cents: 1234.5 (1234,5 in French), no symbol.
    case 'money':
      return cell.cents === null ? '' : centsToDecimal(cell.cents).replace('.', SEPARATOR[lang].decimal);
  }
}

/**
 * Text from files could be a formula a spreadsheet would run (`=HYPERLINK(…)`):
 * a leading apostrophe keeps it text. The test is on the text as written, so
 * a cell starting with a tab or a CR is neutralised, and so is one whose
 * first character after leading spaces, tabs and line breaks is `=`, `+`,
 * `-` or `@` (spreadsheets skip leading blanks before a formula). The cell
 * then shows the text on one line, line breaks and tabs as spaces, control
 * and bidi characters removed. Numbers of ours are written as numbers.
 */
export function neutralised(value: string): string {
  const single = terminalLine(value);
  return /^[\t\r]/.test(value) || /^\s*[=+\-@]/.test(single) ? `'${single}` : single;
}

function quoted(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
