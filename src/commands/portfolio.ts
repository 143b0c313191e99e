/**
 * `roadmap portfolio <portfolio.yaml> --out <dir>`: one view across many
 * conventions (docs/reference/open-data.md). Each source is brought to the disk (a local
 * folder as it is, a git repository's pinned commit cloned shallow into the
 * cache, an http(s) package downloaded into it), then summarised in worker
 * threads, one per core: validated on its own, derived as of the
 * portfolio's date. A source that cannot be read is one problem line and
 * the others still count. The report goes to standard output (table,
 * markdown, JSON, CSV) and, with the site and the portfolio's data package,
 * to --out, every target checked before the first write; a workbook
 * (`--format xlsx|ods`) is written there only, as portfolio.xlsx|ods.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError, type Io } from '../io/io.js';
import { useColor } from '../io/color.js';
import { portfolioRollups } from '../derive/portfolio/portfolioRollups.js';
import type { Lang } from '../i18n/lang.js';
import { fetchPackage } from '../fetch/fetchPackage.js';
import { isPinnedCommit, shallowClone } from '../git/shallowClone.js';
import { problem, type SourceProblem } from '../diagnostics/sourceProblem.js';
import { PORTFOLIO_TABLE_SPECS } from '../model/openData/portfolioTableSpecs.js';
import { portfolioFile, sourceKind, type PortfolioEntry } from '../model/portfolioFile.js';
import { isGeneratedDocument, markdownMarker } from '../render/document/generatedMarker.js';
import { csvLines } from '../render/datapackage/csvText.js';
import { packageDescriptor } from '../render/datapackage/packageDescriptor.js';
import {
  conventionPage,
  conventionPagePath,
  portfolioIndexPage,
  PORTFOLIO_STYLE_PATH,
} from '../render/portfolio/portfolioPages.js';
import type { PortfolioLine, PortfolioResult } from '../render/portfolio/portfolioResult.js';
import { portfolioSheets } from '../render/portfolio/portfolioSheets.js';
import { portfolioTables } from '../render/portfolio/portfolioTables.js';
import { portfolioToJson } from '../render/portfolio/portfolioToJson.js';
import { fileProblemWord } from '../render/portfolio/portfolioFileWords.js';
import { portfolioWord } from '../render/portfolio/portfolioWords.js';
import { sheetsToCsv } from '../render/sheet/sheetsToCsv.js';
import { sheetsToMarkdown } from '../render/sheet/sheetsToMarkdown.js';
import { sheetsToTerminal } from '../render/sheet/sheetsToTerminal.js';
import { SITE_STYLE } from '../render/site/siteStyle.js';
import { escapeMarkdown } from '../util/escapeMarkdown.js';
import { echoArgument } from '../util/echoArgument.js';
import { terminalLine } from '../util/sanitize.js';
import { intValue } from './setup/setupFlags.js';
import { encodedPieces } from '../write/encodedPieces.js';
import { emptyFolder, isComplete, markComplete, removeFolder, writePackageFiles } from '../write/sourceCache.js';
import { workerPool } from './portfolio/workerPool.js';
import type { SourceJob, SourceOutcome } from './portfolio/summariseSource.js';
import { resolveLang } from './opening/roadmapFolder.js';
import { dateOrToday, today } from './flags/dateFlag.js';
import { writeDocuments } from '../write/writeDocuments.js';
import { isWorkbookFormat, type WorkbookFormat } from './output/writeWorkbook.js';
import { sheetsToWorkbook } from '../render/workbook/sheetsToWorkbook.js';
import { workbookToOds } from '../render/workbook/workbookToOds.js';
import { workbookToXlsx } from '../render/workbook/workbookToXlsx.js';

/** As docs/reference/open-data.md says, an http source that does not answer is given up after 30 s. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** A convention with no dated fact, or no committee, for six months is listed as quiet (docs/reference/open-data.md). */
export const DEFAULT_STALE_MONTHS = 6;
/** A century: a longer quiet spell would be a typo. */
const MAX_STALE_MONTHS = 1200;
const MAX_PORTFOLIO_BYTES = 8 * 1024 * 1024;
/** Sources brought to the disk at once: http sources wait on the network, so several are fetched while the workers derive. */
const SOURCES_IN_FLIGHT = 16;
const HTTP_LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

export async function run({ args, flags, io }: CommandInput<'portfolio'>): Promise<number> {
  const lang = resolveLang(flags.lang, 'fr');
  const asOf = dateOrToday(io, '--as-of', flags.asOf, lang);
  const timeoutMs = seconds(flags.timeout, lang) * 1000;
  const staleMonthsFlag = intValue('--stale-months', flags.staleMonths, 0, MAX_STALE_MONTHS, lang);
  if (flags.out === undefined) throw new UsageError(portfolioWord('outRequired', lang));
  const path = resolve(io.cwd, args[0] ?? 'portfolio.yaml');
  const file = readPortfolioFile(io, path, lang);
  if (file === undefined) return EXIT.usage;
  const staleMonths = staleMonthsFlag ?? file.staleMonths ?? DEFAULT_STALE_MONTHS;
  const base = dirname(path);
  const cache = resolve(io.cwd, flags.cache ?? join(base, '.roadmap-cache'));

  const lines = await summariseAll(file.conventions, { base, cache, timeoutMs, asOf, today: today(io), lang });
  const summaries = new Map(
    lines.filter((line) => line.summary !== null).map((line) => [line.entry.id, line.summary!]),
  );
  const result: PortfolioResult = {
    id: file.id,
    title: file.title,
    asOf,
    staleMonths,
    lang,
    lines,
    rollups: portfolioRollups(summaries, asOf, staleMonths),
  };

  const workbook = isWorkbookFormat(flags.format) ? flags.format : undefined;
  writeOutputs(io, result, resolve(io.cwd, flags.out), flags.dryRun, workbook);
  // A workbook is a file, never terminal output: it is written under --out as portfolio.xlsx|ods.
  if (workbook === undefined) io.stdout(render(result, flags.format, useColor(io)));
  return EXIT.ok;
}

/** `--timeout` in seconds, decimals allowed: a tenth of a second to an hour. */
function seconds(value: string | undefined, lang: Lang): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || parsed < 0.1 || parsed > 3600)
    throw new UsageError(portfolioWord('badTimeout', lang, { value: echoArgument(value) }));
  return parsed;
}

/** The portfolio file, or undefined once every mistake in it has been printed, one per line. */
function readPortfolioFile(io: Io, path: string, lang: Lang) {
  const shown = terminalLine(path);
  let text: string;
  try {
    if (statSync(path).size > MAX_PORTFOLIO_BYTES) throw new Error('too large');
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(portfolioWord('fileUnreadable', lang, { file: shown }));
  }
  const parsed = portfolioFile(text);
  if (!parsed.ok) {
    for (const each of parsed.problems.slice(0, 50))
      io.stderr(
        `roadmap: ${terminalLine(portfolioWord('fileProblem', lang, { file: shown, path: each.path, problem: fileProblemWord(each.problem, lang) }))}\n`,
      );
    return undefined;
  }
  return parsed.file;
}

interface Context {
  base: string;
  cache: string;
  timeoutMs: number;
  asOf: string;
  today: string;
  lang: Lang;
}

type Located =
  | { ok: true; kind: SourceJob['kind']; dir: string; site: string | null }
  | { ok: false; problem: SourceProblem; site: string | null };

async function summariseAll(entries: readonly PortfolioEntry[], ctx: Context): Promise<PortfolioLine[]> {
  const pool = workerPool(Math.max(1, Math.min(availableParallelism(), entries.length)));
  const lines: PortfolioLine[] = new Array(entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      const located = await locate(entry, ctx);
      let outcome: SourceOutcome | undefined;
      if (located.ok)
        outcome = await pool.run({
          id: entry.id,
          kind: located.kind,
          dir: located.dir,
          territory: entry.territory,
          asOf: ctx.asOf,
          today: ctx.today,
          lang: ctx.lang,
        });
      lines[index] = {
        entry,
        site: entry.site ?? located.site,
        summary: outcome?.ok ? outcome.summary : null,
        problem: !located.ok ? located.problem : outcome && !outcome.ok ? outcome.problem : null,
      };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(SOURCES_IN_FLIGHT, entries.length) }, worker));
  } finally {
    await pool.close();
  }
  return lines;
}

/** Where a source's files are on disk once fetched, and what kind of folder holds them. */
async function locate(entry: PortfolioEntry, ctx: Context): Promise<Located> {
  const source = sourceKind(entry.source);
  switch (source.kind) {
    case 'local':
      return { ...onDisk(resolve(ctx.base, source.path)), site: null };
    case 'git': {
      const url =
        /^[a-z][a-z0-9+.-]*:\/\//i.test(source.url) || /^[^/]+@[^/]+:/.test(source.url)
          ? source.url
          : resolve(ctx.base, source.url);
      // A pinned commit never changes: a folder checked out at it in an earlier run is used as it is.
      const folder = join(ctx.cache, 'git', isPinnedCommit(source.commit) ? source.commit : 'not-a-pin');
      const tree = join(folder, 'tree');
      const cloned = isComplete(folder)
        ? { ok: true as const }
        : await cloneInto(url, source.commit, folder, tree, ctx.timeoutMs);
      if (!cloned.ok) {
        const params = {
          url: terminalLine(source.url).slice(0, 200),
          commit: terminalLine(source.commit).slice(0, 80),
          detail: terminalLine(cloned.detail).slice(0, 200),
        };
        return {
          ok: false,
          site: null,
          problem: problem(
            cloned.reason === 'not-a-pin'
              ? 'git/address'
              : cloned.reason === 'unknown-commit'
                ? 'git/unknown-commit'
                : 'git/failed',
            params,
          ),
        };
      }
      return { ...onDisk(tree), site: null };
    }
    case 'http': {
      const folder = join(ctx.cache, 'http', entry.id);
      const fetched = await fetchPackage(source.url, { timeoutMs: ctx.timeoutMs, ...HTTP_LIMITS });
      const site = publishedSite(source.url);
      if (!fetched.ok) return { ok: false, problem: fetched.problem, site };
      writePackageFiles(folder, fetched.files);
      return { ok: true, kind: 'package', dir: folder, site };
    }
  }
}

async function cloneInto(url: string, commit: string, folder: string, tree: string, timeoutMs: number) {
  if (!isPinnedCommit(commit)) return shallowClone(url, commit, tree, timeoutMs);
  emptyFolder(tree);
  const cloned = await shallowClone(url, commit, tree, timeoutMs);
  if (cloned.ok) markComplete(folder);
  else removeFolder(folder);
  return cloned;
}

function onDisk(
  dir: string,
): { ok: true; kind: SourceJob['kind']; dir: string } | { ok: false; problem: SourceProblem } {
  const shown = { path: terminalLine(dir).slice(0, 300) };
  if (!existsSync(dir)) return { ok: false, problem: problem('source/missing', shown) };
  const isFile = (path: string): boolean => {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  };
  if (isFile(join(dir, 'datapackage.json'))) return { ok: true, kind: 'package', dir };
  if (isFile(join(dir, 'convention.yaml'))) return { ok: true, kind: 'folder', dir };
  if (isFile(join(dir, 'roadmap', 'convention.yaml'))) return { ok: true, kind: 'folder', dir: join(dir, 'roadmap') };
  return { ok: false, problem: problem('source/not-a-roadmap', shown) };
}

/** A package published by `init --open-data` lives at `<site>/data/datapackage.json`: its site is two steps up. */
function publishedSite(address: string): string | null {
  try {
    const url = new URL(address);
    return /\/data\/datapackage\.json$/.test(url.pathname) ? new URL('..', new URL('.', url)).href : null;
  } catch {
    return null;
  }
}

const REPORT_FILES = { markdown: 'portfolio.md', json: 'portfolio.json', csv: 'portfolio.csv' } as const;

function render(result: PortfolioResult, format: string, color: boolean): string {
  const heading = portfolioWord('heading', result.lang, { title: result.title, date: result.asOf });
  switch (format) {
    case 'json':
      return portfolioToJson(result);
    case 'csv':
      return sheetsToCsv(portfolioSheets(result), result.lang);
    case 'markdown':
      return `${markdownMarker('portfolio')}\n\n# ${escapeMarkdown(heading)}\n\n${sheetsToMarkdown(portfolioSheets(result), result.lang, '##')}`;
    default:
      return `${terminalLine(heading)}\n\n${sheetsToTerminal(portfolioSheets(result), { lang: result.lang, color })}`;
  }
}

/**
 * The report in three formats, the site and the data package, under --out.
 * The folder is ours when its portfolio.md is (it carries the generated
 * marker): only then is a file in the way replaced.
 */
function writeOutputs(
  io: Io,
  result: PortfolioResult,
  root: string,
  dryRun: boolean,
  workbook: WorkbookFormat | undefined,
): void {
  let ours = false;
  try {
    ours = isGeneratedDocument(readFileSync(join(root, REPORT_FILES.markdown), 'utf8').slice(0, 1000));
  } catch {
    // No report there yet: nothing in the folder is ours.
  }
  const valid = result.lines.filter((line) => line.summary !== null);
  const tables = portfolioTables(result);
  const names = [
    ...Object.values(REPORT_FILES),
    ...(workbook === undefined ? [] : [`portfolio.${workbook}`]),
    'site/index.html',
    `site/${PORTFOLIO_STYLE_PATH}`,
    ...valid.map((line) => `site/${conventionPagePath(line.entry.id)}`),
    ...tables.map((table) => `data/${table.spec.name}.csv`),
    'data/datapackage.json',
  ];
  // The report is written last: until it is, a rerun does not take the folder for ours.
  names.push(names.shift()!);
  // What was written is said on standard error: standard output is the report (JSON or CSV a program reads).
  const write = writeDocuments({ ...io, stdout: io.stderr }, result.lang, {
    root,
    folder: '',
    names,
    dryRun,
    isOurs: () => ours,
  });
  if (dryRun) return;
  const encode = (text: string) => new TextEncoder().encode(text);
  write(REPORT_FILES.json, encode(portfolioToJson(result)));
  write(REPORT_FILES.csv, encode(render(result, 'csv', false)));
  if (workbook !== undefined) {
    const heading = portfolioWord('heading', result.lang, { title: result.title, date: result.asOf });
    const book = sheetsToWorkbook(portfolioSheets(result), result.lang, heading);
    write(`portfolio.${workbook}`, workbook === 'xlsx' ? workbookToXlsx(book) : workbookToOds(book));
  }
  write('site/index.html', encode(portfolioIndexPage(result)));
  write(`site/${PORTFOLIO_STYLE_PATH}`, encode(SITE_STYLE));
  for (const line of valid) write(`site/${conventionPagePath(line.entry.id)}`, encode(conventionPage(result, line)));
  const scratch = new Uint8Array(64 * 1024);
  for (const table of tables) write(`data/${table.spec.name}.csv`, encodedPieces(csvLines(table), scratch));
  const descriptor = packageDescriptor(
    {
      name: result.id,
      title: result.title,
      asOf: result.asOf,
      lang: result.lang,
      description: portfolioWord('packageDescription', result.lang, { title: result.title, date: result.asOf }),
    },
    PORTFOLIO_TABLE_SPECS,
  );
  write('data/datapackage.json', encode(`${JSON.stringify(descriptor, null, 2)}\n`));
  write(REPORT_FILES.markdown, encode(render(result, 'markdown', false)));
}
