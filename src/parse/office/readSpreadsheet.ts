/**
 * A spreadsheet to import (XLSX, ODS or CSV) as sheets of typed cells, read
 * without trusting it: the zip is read entry by entry with a limit on each
 * inflated part (parse/office/boundedUnzip.ts), XML with no document type
 * (parse/office/scanXml.ts), and rows, columns and cells are counted as they
 * are met — a file past any bound is refused before it costs more. Formulas
 * are never evaluated: a cell that holds one is marked, with the value its
 * program cached, and the importer refuses it.
 */
import { openZip, readZipEntry, type ZipIndex, type ZipProblem } from './boundedUnzip.js';
import { scanXml } from './scanXml.js';

export type ReadCell =
  | { kind: 'text'; text: string }
  /** `percent`: the cell is formatted as a percentage (0.45 shows as 45 %). */
  | { kind: 'number'; value: number; percent: boolean }
  /** `YYYY-MM-DD` (a time of day is dropped). */
  | { kind: 'date'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; text: string };

export interface ReadCellAt {
  cell: ReadCell;
  /** The cell holds a formula (its cached result is `cell`). */
  formula: boolean;
}

export interface ReadSheet {
  name: string;
  /** 0-based row → 0-based column → cell; empty cells are absent. */
  rows: Map<number, Map<number, ReadCellAt>>;
}

export type SpreadsheetKind = 'xlsx' | 'ods' | 'csv';
export type SpreadsheetProblem =
  | ZipProblem
  | 'not-a-spreadsheet'
  | 'doctype'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'too-many-cells'
  | 'too-many-sheets'
  | 'not-text';

export type SpreadsheetResult =
  | { ok: true; kind: SpreadsheetKind; sheets: ReadSheet[]; csvSeparator?: string }
  | { ok: false; problem: SpreadsheetProblem };

/** The bounds of an import: far above a partnership's spreadsheet, far below what would hurt. */
export const SPREADSHEET_LIMITS = {
  fileBytes: 32 * 1024 * 1024,
  partBytes: 48 * 1024 * 1024,
  sharedStringsBytes: 16 * 1024 * 1024,
  rows: 50_000,
  columns: 256,
  cells: 500_000,
  sheets: 64,
} as const;

class Refusal extends Error {
  constructor(readonly problem: SpreadsheetProblem) {
    super(problem);
  }
}

export function readSpreadsheet(bytes: Uint8Array, extension: string): SpreadsheetResult {
  try {
    if (bytes.length > SPREADSHEET_LIMITS.fileBytes) return { ok: false, problem: 'too-large' };
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (!isZip) {
      if (extension === 'xlsx' || extension === 'ods') return { ok: false, problem: 'not-a-spreadsheet' };
      return readCsv(bytes);
    }
    const zip = openZip(bytes);
    if (!zip.ok) return { ok: false, problem: zip.problem };
    if (zip.value.entries.has('xl/workbook.xml')) return { ok: true, kind: 'xlsx', sheets: readXlsx(zip.value) };
    if (zip.value.entries.has('content.xml')) return { ok: true, kind: 'ods', sheets: readOds(zip.value) };
    return { ok: false, problem: 'not-a-spreadsheet' };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

function part(zip: ZipIndex, name: string, limit: number): string | undefined {
  const read = readZipEntry(zip, name, limit);
  if (read === undefined) return undefined;
  if (!read.ok) throw new Refusal(read.problem);
  return new TextDecoder('utf-8').decode(read.value);
}

function scan(xml: string, handler: Parameters<typeof scanXml>[1]): void {
  if (!scanXml(xml, handler)) throw new Refusal(/<!DOCTYPE/i.test(xml) ? 'doctype' : 'not-a-spreadsheet');
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Grows a sheet cell by cell, refusing as soon as it passes a bound. */
class SheetBuilder {
  readonly rows = new Map<number, Map<number, ReadCellAt>>();
  private cells = 0;
  constructor(private readonly budget: { cells: number }) {}
  set(row: number, column: number, cell: ReadCellAt): void {
    if (row >= SPREADSHEET_LIMITS.rows) throw new Refusal('too-many-rows');
    if (column >= SPREADSHEET_LIMITS.columns) throw new Refusal('too-many-columns');
    this.budget.cells += 1;
    this.cells += 1;
    if (this.budget.cells > SPREADSHEET_LIMITS.cells) throw new Refusal('too-many-cells');
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(column, cell);
  }
}

// ——— XLSX ———

function readXlsx(zip: ZipIndex): ReadSheet[] {
  const workbook = part(zip, 'xl/workbook.xml', 4 * 1024 * 1024) ?? '';
  const declared: { name: string; id: string }[] = [];
  scan(workbook, {
    open: (name, attributes) => {
      if (localName(name) === 'sheet')
        declared.push({
          name: attributes.name ?? '',
          id: attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '',
        });
    },
    close: () => undefined,
    text: () => undefined,
  });
  if (declared.length > SPREADSHEET_LIMITS.sheets) throw new Refusal('too-many-sheets');
  const targets = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  let stylesPath = 'xl/styles.xml';
  scan(part(zip, 'xl/_rels/workbook.xml.rels', 1024 * 1024) ?? '', {
    open: (name, attributes) => {
      // External targets (links to other workbooks, web addresses) are never followed.
      if (localName(name) !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = resolveTarget(attributes.Target ?? '');
      targets.set(attributes.Id ?? '', target);
      if (attributes.Type?.endsWith('/sharedStrings')) sharedStringsPath = target;
      if (attributes.Type?.endsWith('/styles')) stylesPath = target;
    },
    close: () => undefined,
    text: () => undefined,
  });
  const strings = sharedStrings(part(zip, sharedStringsPath, SPREADSHEET_LIMITS.sharedStringsBytes));
  const styles = cellFormats(part(zip, stylesPath, 4 * 1024 * 1024));
  const budget = { cells: 0 };
  return declared.map(({ name, id }) => {
    const path = targets.get(id);
    const xml = path === undefined ? undefined : part(zip, path, SPREADSHEET_LIMITS.partBytes);
    return { name, rows: xml === undefined ? new Map() : xlsxSheet(xml, strings, styles, budget) };
  });
}

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string[] | undefined;
  let inText = false;
  let skip = 0;
  scan(xml, {
    open: (name, _attributes, selfClosing) => {
      const local = localName(name);
      if (local === 'si') current = [];
      else if (local === 'rPh' || local === 'phoneticPr') skip += selfClosing ? 0 : 1;
      else if (local === 't') inText = !selfClosing;
    },
    close: (name) => {
      const local = localName(name);
      if (local === 'si') {
        strings.push((current ?? []).join(''));
        current = undefined;
      } else if (local === 'rPh' || local === 'phoneticPr') skip = Math.max(0, skip - 1);
      else if (local === 't') inText = false;
    },
    text: (text) => {
      if (inText && skip === 0 && current) current.push(text);
    },
  });
  return strings;
}

interface CellFormat {
  date: boolean;
  percent: boolean;
}

const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Which cell formats (`s` of a cell) show a date or a percentage. */
function cellFormats(xml: string | undefined): CellFormat[] {
  if (xml === undefined) return [];
  const codes = new Map<number, string>();
  const formats: CellFormat[] = [];
  let inCellXfs = false;
  scan(xml, {
    open: (name, attributes) => {
      const local = localName(name);
      if (local === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = (codes.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        formats.push({
          date: BUILT_IN_DATES.has(id) || (/[dmy]/i.test(code) && !/^general$/i.test(code)),
          percent: id === 9 || id === 10 || code.includes('%'),
        });
      }
    },
    close: (name) => {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return formats;
}

function xlsxSheet(
  xml: string,
  strings: readonly string[],
  styles: readonly CellFormat[],
  budget: { cells: number },
): Map<number, Map<number, ReadCellAt>> {
  const sheet = new SheetBuilder(budget);
  let row = -1;
  let column = -1;
  let cell:
    | {
        type: string;
        style: number;
        formula: boolean;
        value: string[];
        inline: string[];
        capture: 'v' | 't' | undefined;
      }
    | undefined;
  scan(xml, {
    open: (name, attributes, selfClosing) => {
      const local = localName(name);
      if (local === 'row') {
        row = attributes.r !== undefined ? Number(attributes.r) - 1 : row + 1;
        column = -1;
        if (!Number.isInteger(row) || row < 0) throw new Refusal('not-a-spreadsheet');
      } else if (local === 'c') {
        const ref = attributes.r !== undefined ? /^([A-Za-z]{1,3})(\d+)$/.exec(attributes.r) : null;
        column = ref ? columnIndex(ref[1]!) : column + 1;
        if (ref) row = Number(ref[2]) - 1;
        cell = {
          type: attributes.t ?? 'n',
          style: Number(attributes.s ?? 0),
          formula: false,
          value: [],
          inline: [],
          capture: undefined,
        };
        if (selfClosing) cell = undefined;
      } else if (cell && local === 'f') {
        cell.formula = true;
      } else if (cell && local === 'v' && !selfClosing) {
        cell.capture = 'v';
      } else if (cell && local === 't' && !selfClosing) {
        cell.capture = 't';
      } else if (cell && local === 'rPh') {
        cell.capture = undefined;
      }
    },
    close: (name) => {
      const local = localName(name);
      if ((local === 'v' || local === 't') && cell) cell.capture = undefined;
      if (local !== 'c' || !cell) return;
      const value = xlsxValue(cell.type, cell.value.join(''), cell.inline.join(''), strings, styles[cell.style]);
      if (value !== undefined) sheet.set(row, column, { cell: value, formula: cell.formula });
      else if (cell.formula) sheet.set(row, column, { cell: { kind: 'text', text: '' }, formula: true });
      cell = undefined;
    },
    text: (text) => {
      if (cell?.capture === 'v') cell.value.push(text);
      else if (cell?.capture === 't') cell.inline.push(text);
    },
  });
  return sheet.rows;
}

function xlsxValue(
  type: string,
  raw: string,
  inline: string,
  strings: readonly string[],
  format: CellFormat | undefined,
): ReadCell | undefined {
  switch (type) {
    case 's': {
      const text = strings[Number(raw)];
      return text === undefined || text === '' ? undefined : { kind: 'text', text };
    }
    case 'inlineStr':
      return inline === '' ? undefined : { kind: 'text', text: inline };
    case 'str':
      return raw === '' ? undefined : { kind: 'text', text: raw };
    case 'b':
      return { kind: 'boolean', value: raw.trim() === '1' };
    case 'e':
      return { kind: 'error', text: raw };
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? { kind: 'date', value: raw.slice(0, 10) } : undefined;
    default: {
      if (raw.trim() === '') return undefined;
      const value = Number(raw);
      if (!Number.isFinite(value)) return { kind: 'error', text: raw };
      if (format?.date) {
        const date = serialDate(value);
        if (date !== undefined) return { kind: 'date', value: date };
      }
      return { kind: 'number', value, percent: format?.percent === true };
    }
  }
}

/** An Excel date serial (days since 1899-12-30) as `YYYY-MM-DD`; the time of day is dropped. */
function serialDate(serial: number): string | undefined {
  if (serial < 1 || serial > 2_958_465) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

// ——— ODS ———

function readOds(zip: ZipIndex): ReadSheet[] {
  const xml = part(zip, 'content.xml', SPREADSHEET_LIMITS.partBytes) ?? '';
  const sheets: ReadSheet[] = [];
  const budget = { cells: 0 };
  let sheet: SheetBuilder | undefined;
  let row = -1;
  let rowRepeat = 1;
  let column = 0;
  let rowCells: { column: number; repeat: number; cell: ReadCellAt }[] = [];
  let cell: { attributes: Record<string, string>; repeat: number; paragraphs: string[][] } | undefined;
  let annotation = 0;
  scan(xml, {
    open: (name, attributes, selfClosing) => {
      if (name === 'office:annotation') annotation += selfClosing ? 0 : 1;
      if (annotation > 0) return;
      switch (name) {
        case 'table:table':
          if (sheets.length >= SPREADSHEET_LIMITS.sheets) throw new Refusal('too-many-sheets');
          sheet = new SheetBuilder(budget);
          sheets.push({ name: attributes['table:name'] ?? '', rows: sheet.rows });
          row = -1;
          break;
        case 'table:table-row':
          row += 1;
          rowRepeat = repeatOf(attributes['table:number-rows-repeated']);
          column = 0;
          rowCells = [];
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell':
          cell = { attributes, repeat: repeatOf(attributes['table:number-columns-repeated']), paragraphs: [] };
          if (selfClosing) closeCell();
          break;
        case 'text:p':
        case 'text:h':
          cell?.paragraphs.push([]);
          break;
        case 'text:s':
          cell?.paragraphs.at(-1)?.push(' '.repeat(Math.min(repeatOf(attributes['text:c']), 1_000)));
          break;
        case 'text:tab':
          cell?.paragraphs.at(-1)?.push('\t');
          break;
        case 'text:line-break':
          cell?.paragraphs.at(-1)?.push('\n');
          break;
      }
    },
    close: (name) => {
      if (name === 'office:annotation') {
        annotation = Math.max(0, annotation - 1);
        return;
      }
      if (annotation > 0) return;
      if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && cell) closeCell();
      else if (name === 'table:table-row') closeRow();
    },
    text: (text) => {
      if (annotation === 0) cell?.paragraphs.at(-1)?.push(text);
    },
  });

  function closeCell(): void {
    const current = cell!;
    cell = undefined;
    const value = odsValue(current.attributes, current.paragraphs.map((paragraph) => paragraph.join('')).join('\n'));
    const formula = current.attributes['table:formula'] !== undefined;
    if (value !== undefined || formula) {
      if (column + current.repeat > SPREADSHEET_LIMITS.columns) throw new Refusal('too-many-columns');
      rowCells.push({ column, repeat: current.repeat, cell: { cell: value ?? { kind: 'text', text: '' }, formula } });
    }
    column += current.repeat;
  }

  function closeRow(): void {
    if (rowCells.length > 0) {
      if (row + rowRepeat > SPREADSHEET_LIMITS.rows) throw new Refusal('too-many-rows');
      for (let offset = 0; offset < rowRepeat; offset += 1) {
        for (const { column: first, repeat, cell: value } of rowCells) {
          for (let index = 0; index < repeat; index += 1) sheet?.set(row + offset, first + index, value);
        }
      }
    }
    // Empty rows repeated (LibreOffice pads a sheet with a million of them) only move the count on.
    row += rowRepeat - 1;
  }
  return sheets;
}

function repeatOf(value: string | undefined): number {
  const count = value === undefined ? 1 : Number(value);
  return Number.isInteger(count) && count >= 1 ? count : 1;
}

function odsValue(attributes: Readonly<Record<string, string>>, text: string): ReadCell | undefined {
  const number = (raw: string | undefined, percent: boolean): ReadCell | undefined => {
    const value = Number(raw);
    return raw === undefined || !Number.isFinite(value) ? undefined : { kind: 'number', value, percent };
  };
  switch (attributes['office:value-type']) {
    case 'float':
    case 'currency':
      return number(attributes['office:value'], false);
    case 'percentage':
      return number(attributes['office:value'], true);
    case 'date': {
      const value = attributes['office:date-value'] ?? '';
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? { kind: 'date', value: value.slice(0, 10) } : undefined;
    }
    case 'boolean':
      return { kind: 'boolean', value: attributes['office:boolean-value'] === 'true' };
    case 'string':
    case 'time':
    case undefined: {
      const value = attributes['office:string-value'] ?? text;
      return value === '' ? undefined : { kind: 'text', text: value };
    }
    default:
      return text === '' ? undefined : { kind: 'text', text };
  }
}

// ——— CSV ———

/**
 * CSV as spreadsheets write it: UTF-8 (a byte-order mark tolerated), else
 * Windows-1252 (what Excel writes in France); `;`, `,` or tab between cells,
 * whichever the first line uses most; quotes around cells that need them.
 * Every cell is text: the importer reads numbers with the file's decimal mark.
 */
function readCsv(bytes: Uint8Array): SpreadsheetResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text.slice(0, 4096))) return { ok: false, problem: 'not-text' };
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const separator = [';', ',', '\t']
    .map((candidate) => ({ candidate, count: outsideQuotes(firstLine, candidate) }))
    .sort((a, b) => b.count - a.count)[0]!.candidate;
  const sheet = new SheetBuilder({ cells: 0 });
  let row = 0;
  let column = 0;
  let field = '';
  let quoted = false;
  let touched = false;
  const flush = (): void => {
    if (field !== '') sheet.set(row, column, { cell: { kind: 'text', text: field }, formula: false });
    field = '';
    touched = false;
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"') {
        if (text[at + 1] === '"') {
          field += '"';
          at += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && !touched) {
      quoted = true;
      touched = true;
    } else if (char === separator) {
      flush();
      column += 1;
      if (column >= SPREADSHEET_LIMITS.columns) return { ok: false, problem: 'too-many-columns' };
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at += 1;
      flush();
      row += 1;
      column = 0;
      if (row > SPREADSHEET_LIMITS.rows) return { ok: false, problem: 'too-many-rows' };
    } else {
      field += char;
      touched = true;
    }
  }
  flush();
  return { ok: true, kind: 'csv', sheets: [{ name: '', rows: sheet.rows }], csvSeparator: separator };
}

function outsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const each of line) {
    if (each === '"') quoted = !quoted;
    else if (each === char && !quoted) count += 1;
  }
  return count;
}
