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
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT, UsageError, type Io } from '../io/io.js';
import { useColor } from '../io/color.js';
import { portfolioRollups } from '../derive/portfolio/portfolioRollups.js';
import type { Lang } from '../i18n/lang.js';
import { portfolioFile } from '../model/portfolioFile.js';
import type { PortfolioResult } from '../render/portfolio/portfolioResult.js';
import { fileProblemWord } from '../render/portfolio/portfolioFileWords.js';
import { portfolioWord } from '../render/portfolio/portfolioWords.js';
import { echoArgument } from '../util/echoArgument.js';
import { terminalLine } from '../util/sanitize.js';
import { intValue } from './setup/setupFlags.js';
import { claimCache } from '../write/sourceCache.js';
import { shownPath } from '../util/shownPath.js';
import { resolveLang } from './opening/roadmapFolder.js';
import { dateOrToday, today } from './flags/dateFlag.js';
import { isWorkbookFormat } from './output/writeWorkbook.js';
import { summariseAll } from './portfolio/summariseAll.js';
import { render, writeOutputs } from './portfolio/portfolioOutputs.js';

/** As docs/reference/open-data.md says, an http source that does not answer is given up after 30 s. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** A convention with no dated fact, or no committee, for six months is listed as quiet (docs/reference/open-data.md). */
export const DEFAULT_STALE_MONTHS = 6;
/** A century: a longer quiet spell would be a typo. */
const MAX_STALE_MONTHS = 1200;
const MAX_PORTFOLIO_BYTES = 8 * 1024 * 1024;

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
  if (claimCache(cache) === 'not-ours')
    throw new UsageError(portfolioWord('cacheNotOurs', lang, { dir: shownPath(io.cwd, cache) }));

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
