/**
 * The report's and the actions list's sheets as a workbook: one sheet per
 * view, the column labels as a frozen header row, every figure typed (counts,
 * percentages, dates), columns as wide as their content. The notes under a
 * table (health reasons) go in a last column-free block below it, as text.
 */
import type { Lang } from '../../i18n/lang.js';
import { cellText, type Cell, type Sheet } from '../sheet/sheet.js';
import { fittedWidth, sheetNames, type Workbook, type WorkbookCell, type WorkbookSheet } from './workbook.js';

export function sheetsToWorkbook(sheets: readonly Sheet[], lang: Lang, title: string): Workbook {
  const names = sheetNames(sheets.map((sheet) => sheet.title));
  return { lang, title, sheets: sheets.map((sheet, index) => workbookSheet(sheet, names[index]!, lang)) };
}

function workbookSheet(sheet: Sheet, name: string, lang: Lang): WorkbookSheet {
  const rows = sheet.rows.map((row) => row.map(workbookCell));
  const notes = sheet.notes ?? [];
  const columns = sheet.columns.map((column, index) => ({
    label: column.label,
    width: fittedWidth(
      column.label,
      sheet.rows.map((row) => (row[index] ? cellText(row[index]!, lang) : '')),
    ),
    wrap: column.wrap !== undefined,
  }));
  if (sheet.rows.length === 0) rows.push([{ kind: 'text', text: sheet.empty }]);
  // The notes read as sentences under the table, one empty row below it.
  if (notes.length > 0) rows.push([], ...notes.map((note): WorkbookCell[] => [{ kind: 'text', text: note }]));
  return { name, columns, rows, header: true };
}

function workbookCell(cell: Cell): WorkbookCell {
  switch (cell.kind) {
    case 'text':
      return { kind: 'text', text: cell.text };
    case 'count':
      return { kind: 'count', value: cell.value };
    case 'percent':
      return cell.value === null ? { kind: 'empty' } : { kind: 'percent', value: cell.value };
    case 'number':
      return cell.value === null ? { kind: 'empty' } : { kind: 'number', value: cell.value };
    case 'date':
      return cell.value === null ? { kind: 'empty' } : { kind: 'date', value: cell.value };
    case 'money':
      return cell.cents === null ? { kind: 'empty' } : { kind: 'money', cents: cell.cents, currency: cell.currency };
  }
}
