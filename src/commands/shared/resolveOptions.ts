/** Flag values shared by many commands, checked once: folder, dates, language. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type Io } from '../../io/io.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { rootMessage } from '../../i18n/rootMessages.js';
import { findRoadmapRoot, roadmapIn } from '../../read/findRoadmapRoot.js';
import { isCalendarDate, todayInParis } from '../../util/dates.js';
import { echoArgument } from '../../util/echoArgument.js';
import { terminalLine } from '../../util/sanitize.js';
import { flagMessage } from './flagMessages.js';

/**
 * The roadmap folder: `--dir`, else the nearest folder at or above the current
 * one (up to the git repository's top) that holds `convention.yaml` or
 * `roadmap/convention.yaml`. Not found: a usage error in `--lang`, else the
 * command line's language (no roadmap has been read to say which).
 */
export function resolveRoadmapDir(io: Io, dir: unknown, lang: Lang | undefined): string {
  const sayIn = lang ?? io.lang ?? 'en';
  const say = (key: Parameters<typeof rootMessage>[0], params: Record<string, string>) =>
    new UsageError(terminalLine(rootMessage(key, sayIn, params)));
  if (typeof dir !== 'string') {
    const search = findRoadmapRoot(io.cwd);
    if (search.found) return search.dir;
    if (search.top === undefined) throw say('root/not-found', { cwd: echoArgument(io.cwd) });
    throw say('root/not-found-in-repository', { cwd: echoArgument(io.cwd), top: echoArgument(search.top) });
  }
  const candidate = resolve(io.cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(candidate).isDirectory();
  } catch {
    throw say('root/dir-missing', { dir: echoArgument(dir) });
  }
  if (!isDirectory) throw say('root/dir-not-folder', { dir: echoArgument(dir) });
  return roadmapIn(candidate);
}

export { folderLabel } from '../../check/checkFiles.js';

export function today(io: Io): string {
  return todayInParis(io.now ? io.now() : new Date());
}

/** A date flag; its error speaks `lang` (the roadmap's language once it is known), else the command line's. */
export function resolveDate(io: Io, value: unknown, flag: string, lang?: Lang): string {
  if (value === undefined) return today(io);
  if (!isCalendarDate(value)) throw new UsageError(flagMessage('date', lang ?? io.lang ?? 'en', { flag, value: echoArgument(String(value)) }));
  return value;
}

/** `--dir`, `--lang` and `--as-of` of a command that reads a roadmap, typed once at the command's top. */
export interface RoadmapFlags {
  /** The roadmap folder, absolute (checked to exist). */
  dir: string;
  /** `--lang` when given; otherwise the roadmap's language decides. */
  lang: Lang | undefined;
  /**
   * `--as-of` as typed: it is checked once the roadmap is read (openRoadmap),
   * so that a wrong date is refused in the roadmap's language.
   */
  asOf: string | undefined;
}

export function resolveRoadmapFlags(io: Io, options: { dir?: unknown; lang?: unknown; asOf?: unknown }): RoadmapFlags {
  const lang = options.lang === undefined ? undefined : resolveLang(options.lang, 'fr');
  return { dir: resolveRoadmapDir(io, options.dir, lang), lang, asOf: options.asOf === undefined ? undefined : String(options.asOf) };
}

/** `--lang`, else the fallback; an unknown language is refused in the fallback's language. */
export function resolveLang(value: unknown, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  // main refuses a wrong --lang before any command runs; this guards commands called another way.
  if (!isLang(value)) throw new UsageError(flagMessage('choice', fallback, { flag: '--lang', choices: 'fr | en', value: echoArgument(String(value)), suggestion: '' }));
  return value;
}
