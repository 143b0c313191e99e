import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { EXIT, UsageError } from '../io/io.js';
import type { Lang } from '../i18n/lang.js';
import { OFFICE_COUNTS, officeMessage } from '../i18n/officeMessages.js';
import { plural } from '../i18n/vocabulary.js';
import { readSpreadsheet, SPREADSHEET_LIMITS, type SpreadsheetProblem } from '../parse/office/readSpreadsheet.js';
import { checkFiles } from '../check/checkFiles.js';
import type { RawFile } from '../read/readFolder.js';
import { editFrontMatter } from '../edit/editFrontMatter.js';
import { planImport } from '../write/planImport.js';
import { updateCommitment } from '../edit/updateCommitment.js';
import { terminalLine } from '../util/sanitize.js';
import { refuseInvalid, type OpenedRoadmap } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { factDate, today } from './flags/dateFlag.js';
import { usageError } from './flags/usageError.js';
import { writeFiles, type PlannedWrite } from '../write/writeFiles.js';

const EXTENSIONS = new Set(['xlsx', 'ods', 'csv']);

/**
 * `roadmap import <file> [--on <date>] [--dry-run]`: applies a filled-in
 * collect workbook (XLSX, ODS, or CSV saved from it) as `roadmap update` would,
 * one journal entry per commitment dated `--on` with the file as its source.
 * All or nothing: one invalid cell refuses the whole file, every problem named
 * by its cell; the edited roadmap is checked again before anything is written.
 */
export const run = roadmapCommand<'import'>(async ({ args, flags, io, opened, lang }) => {
  const given = args[0] ?? '';
  const path = resolve(io.cwd, given);
  const name = basename(path);
  const extension = extname(name).toLowerCase().slice(1);
  if (!EXTENSIONS.has(extension))
    throw new UsageError(terminalLine(officeMessage('import/extension', lang, { file: given })));
  const on = factDate(io, '--on', flags.on, lang);

  const bytes = readBounded(path, lang, given);
  const read = readSpreadsheet(bytes, extension);
  if (!read.ok) throw unreadable(lang, given, read.problem);
  const plan = planImport(read.sheets, {
    roadmap: opened.loaded.roadmap,
    lang,
    on,
    today: today(io),
    source: name,
    csvName: basename(name, extname(name)), // A decimal comma in a `;` CSV and in a French roadmap's sheets; elsewhere a comma groups thousands.
    decimalComma: read.csvSeparator === ';' || lang === 'fr',
  });
  if (!plan.ok) {
    if ('noSheet' in plan)
      throw new UsageError(
        terminalLine(
          officeMessage('import/no-sheet', lang, { file: given, column: officeMessage('collect/column/id', lang) }),
        ),
      );
    for (const problem of plan.problems)
      io.stderr(`${terminalLine(problem.where)}: ${terminalLine(problem.message)}\n`);
    io.stderr(
      `${terminalLine(officeMessage('import/refused', lang, { file: given, count: plural(plan.problems.length, OFFICE_COUNTS.problems, lang) }))}\n`,
    );
    return EXIT.usage;
  }
  if (plan.changes.length === 0) {
    io.stdout(`${terminalLine(officeMessage('import/nothing', lang, { file: given }))}\n`);
    return EXIT.ok;
  }

  const writes: PlannedWrite[] = [];
  const edited: RawFile[] = [];
  for (const { commitment, change } of plan.changes) {
    const rel = `commitments/${commitment}.md`;
    const file = opened.files.find((candidate) => candidate.rel === rel);
    const label = `${opened.label}/${rel}`;
    if (!file) throw usageError(lang, 'update/unreadable', { file: label });
    const result = editFrontMatter(file.bytes, true, (doc) => updateCommitment(doc, change));
    if (!result.ok) throw usageError(lang, 'update/unreadable', { file: label });
    edited.push({ rel, bytes: result.bytes });
    writes.push({
      root: opened.dir,
      rel,
      label,
      before: result.before,
      after: result.text,
      bytes: result.bytes,
      mode: { kind: 'replace', expected: file.bytes },
    });
  }
  // The whole roadmap, with every edited file in memory, must still be valid (e.g. done with a progress under 100).
  if (await refuseInvalid(io, revalidateWithAll(opened, edited))) return EXIT.invalid;
  writeFiles(io, lang, writes, flags.dryRun);
  const dry = flags.dryRun;
  const commitments = plural(plan.changes.length, dry ? OFFICE_COUNTS.wouldUpdate : OFFICE_COUNTS.updated, lang);
  io.stdout(
    `${terminalLine(officeMessage(dry ? 'import/dry-summary' : 'import/summary', lang, { file: given, commitments, on }))}\n`,
  );
  return EXIT.ok;
});

/** The file's bytes, refused before reading when it is larger than any spreadsheet an import accepts. */
function readBounded(path: string, lang: Lang, given: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('not a regular file');
    if (stats.size > SPREADSHEET_LIMITS.fileBytes) throw unreadable(lang, given, 'too-large');
    const bytes = new Uint8Array(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const count = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (count === 0) break;
      offset += count;
    }
    return bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      terminalLine(
        officeMessage('import/unreadable', lang, {
          file: given,
          detail: error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error),
        }),
      ),
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unreadable(lang: Lang, file: string, problem: SpreadsheetProblem): UsageError {
  return new UsageError(
    terminalLine(
      officeMessage('import/unreadable', lang, { file, detail: officeMessage(`import/problem/${problem}`, lang) }),
    ),
  );
}

/** The roadmap checked again as it would be with every edited file (revalidateWith, for several files). */
function revalidateWithAll(opened: OpenedRoadmap, changed: readonly RawFile[]): OpenedRoadmap {
  const byRel = new Map(changed.map((file) => [file.rel, file]));
  const files = opened.files.map((file) => byRel.get(file.rel) ?? file);
  const readProblems = opened.loaded.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('read/'));
  return checkFiles(opened.dir, files, readProblems, {
    asOf: opened.asOf,
    today: opened.today,
    lang: opened.lang,
    explicitLang: true,
  });
}
