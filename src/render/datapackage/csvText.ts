/**
 * One table as CSV for the data package: UTF-8 without a byte-order mark,
 * `,` between cells, CRLF line ends (RFC 4180, the Frictionless default
 * dialect), a header row of field names, ISO dates, dot decimals, `true` /
 * `false`, an empty cell for a missing value. Every value is exact: text
 * keeps its line breaks (inside quotes) and its characters.
 *
 * Formula guard (docs/reference/open-data.md): a spreadsheet that opens the
 * file runs a cell beginning with `=`, `+`, `-` or `@` (after blanks), or
 * with a tab or a CR, as a formula. Such a text cell is written with a
 * leading apostrophe, which spreadsheets take as « this is text » and hide.
 * So that the guard loses nothing, a text cell that already begins with an
 * apostrophe gets one more: a program recovers the exact text by removing
 * one leading apostrophe from any text cell that has one. Only text from the
 * files is guarded; ids, dates, numbers and booleans never begin that way.
 */
import type { CellValue, Table } from '../../model/openData/tableSpec.js';

const FORMULA_START = /^(?:[\t\r]|[\s]*[=+\-@])|^'/;

export function guardText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of guardText, for readers of a package. */
export function unguardText(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

export function formatCell(value: CellValue, guarded: boolean): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return guarded ? guardText(value) : value;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The CSV's lines, header first, each ending in CRLF: a large table is handed to the writer a piece at a time. */
export function* csvLines(table: Table): Generator<string> {
  const guarded = table.spec.fields.map((field) => field.text === true);
  yield `${table.spec.fields.map((field) => field.name).join(',')}\r\n`;
  for (const row of table.rows)
    yield `${row.map((value, index) => quoted(formatCell(value, guarded[index]!))).join(',')}\r\n`;
}
