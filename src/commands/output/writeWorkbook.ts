/**
 * A workbook on disk (`report`/`actions --format xlsx|ods`, `collect`): only to
 * a file named by `--out` — a workbook is never written to a terminal —
 * whose extension says its format; an existing file is replaced only when it
 * is a workbook roadmap made, through the one safe writer; `--dry-run` says
 * what would be written.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { UsageError, type Io } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import { OFFICE_COUNTS, officeMessage } from '../../i18n/officeMessages.js';
import { plural } from '../../i18n/vocabulary.js';
import { madeByRoadmap } from '../../parse/office/madeByRoadmap.js';
import type { Workbook } from '../../render/workbook/workbook.js';
import { workbookToOds } from '../../render/workbook/workbookToOds.js';
import { workbookToXlsx } from '../../render/workbook/workbookToXlsx.js';
import { terminalLine } from '../../util/sanitize.js';
import { writeFiles, type PlannedWrite } from '../../write/writeFiles.js';
import { shownPath } from '../../util/shownPath.js';

export type WorkbookFormat = 'xlsx' | 'ods';
export const WORKBOOK_FORMATS: readonly WorkbookFormat[] = ['xlsx', 'ods'];

export const isWorkbookFormat = (format: string): format is WorkbookFormat =>
  (WORKBOOK_FORMATS as readonly string[]).includes(format);

/** The target of `--out` for a workbook of `format`, refused unless given and named `.xlsx`/`.ods`. */
export function workbookTarget(io: Io, out: string | undefined, format: WorkbookFormat, lang: Lang): string {
  if (out === undefined || out.trim() === '')
    throw new UsageError(officeMessage('workbook/needs-out', lang, { format }));
  const path = resolve(io.cwd, out);
  if (extname(path).toLowerCase() !== `.${format}`)
    throw new UsageError(terminalLine(officeMessage('workbook/extension', lang, { file: out, format })));
  return path;
}

export function writeWorkbook(io: Io, lang: Lang, workbook: Workbook, path: string, dryRun: boolean): void {
  const format: WorkbookFormat = extname(path).toLowerCase() === '.ods' ? 'ods' : 'xlsx';
  const label = shownPath(io.cwd, path);
  if (dryRun) {
    const rows = workbook.sheets.reduce((total, sheet) => total + sheet.rows.length, 0);
    io.stdout(
      `${officeMessage('workbook/would-write', lang, { file: label, sheets: plural(workbook.sheets.length, OFFICE_COUNTS.sheets, lang), rows: plural(rows, OFFICE_COUNTS.rows, lang) })}\n`,
    );
    return;
  }
  const bytes = format === 'xlsx' ? workbookToXlsx(workbook) : workbookToOds(workbook);
  const write: PlannedWrite = {
    root: dirname(path),
    rel: basename(path),
    label,
    after: '',
    bytes,
    mode: { kind: 'create' },
  };
  const current = existingBytes(path);
  if (current !== undefined) {
    if (!madeByRoadmap(current)) throw new UsageError(officeMessage('workbook/not-ours', lang, { file: label }));
    write.mode = { kind: 'replace', expected: current };
  }
  writeFiles(io, lang, [write], false);
}

function existingBytes(path: string): Uint8Array | undefined {
  try {
    // A link or a folder is refused by the writer itself, not followed here.
    if (!lstatSync(path).isFile()) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
