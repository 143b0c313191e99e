/**
 * A workbook before it is written as XLSX or ODS: sheets of typed cells, so
 * that each writer stores a number as a number, a date as a date and a
 * percentage as a number formatted as one (never a formula, never text that
 * looks like a figure). The report, the actions list and `collect` build it;
 * workbookToXlsx and workbookToOds write it.
 */
import type { Lang } from '../../i18n/lang.js';
import { xmlSafeText } from '../office/officeZip.js';

export type WorkbookCell =
  | { kind: 'empty' }
  /** Text, stored as text whatever it starts with: a spreadsheet never reads it as a formula. */
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A whole number shown with thousands separators. */
  | { kind: 'count'; value: number }
  /** 0..100 as people read it; stored as a fraction (0.45) with a percent format. */
  | { kind: 'percent'; value: number }
  /** `YYYY-MM-DD`, stored as a date. */
  | { kind: 'date'; value: string }
  /** Exact cents in an ISO 4217 currency: stored as the decimal amount, shown with the currency. */
  | { kind: 'money'; cents: bigint; currency: string };

/** How a cell looks: column headers, columns to fill in, columns not to touch. */
export type CellLook = 'plain' | 'header' | 'fill' | 'locked';

export interface WorkbookColumn {
  label: string;
  /** Width in characters. */
  width: number;
  look?: CellLook;
  /** A drop-down list of the values a cell of this column may take. */
  choices?: readonly string[];
  /** Long text wraps inside its cell. */
  wrap?: boolean;
}

export interface WorkbookSheet {
  name: string;
  columns: WorkbookColumn[];
  rows: WorkbookCell[][];
  /** Whether the first row holds the column labels (frozen, bold); an instructions sheet has none. */
  header: boolean;
}

export interface Workbook {
  lang: Lang;
  title: string;
  sheets: WorkbookSheet[];
}

/** Excel refuses longer text in a cell; a hostile title must not make the file unreadable. */
export const MAX_CELL_TEXT = 32_767;
/** The widest column a writer sets, in characters: long text wraps instead. */
export const MAX_COLUMN_WIDTH = 60;

/** Text a workbook may hold: what XML can carry (xmlSafeText), cut at Excel's limit. */
export function workbookText(text: string): string {
  const clean = xmlSafeText(text);
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
}

/**
 * A sheet name every spreadsheet accepts: at most 31 characters, none of
 * `[]:*?/\`, not empty, not starting or ending with an apostrophe, and unique in
 * its workbook (a number is appended to a repeated one).
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, index) => {
    const base =
      workbookText(title)
        .replace(/[[\]:*?/\\\r\n\t]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .slice(0, 31)
        .trim() || `Sheet${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The workbook with every sheet name one a spreadsheet accepts (sheetNames). */
export function withSafeNames(workbook: Workbook): Workbook {
  const names = sheetNames(workbook.sheets.map((sheet) => sheet.name));
  return { ...workbook, sheets: workbook.sheets.map((sheet, index) => ({ ...sheet, name: names[index]! })) };
}

/** A column as wide as its longest value (label included), within bounds. */
export function fittedWidth(label: string, cells: readonly string[]): number {
  let widest = longestLine(label);
  for (const cell of cells) widest = Math.max(widest, longestLine(cell));
  return Math.min(MAX_COLUMN_WIDTH, Math.max(8, widest + 2));
}

function longestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, line.length);
  return widest;
}

/** Days since 1899-12-30: the serial number both XLSX and (as a check) ODS readers use for a date. */
export function dateSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
