/** Flag values shared by many commands, checked once: folder, dates, language. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, type Io } from '../../io/io.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { isCalendarDate, todayInParis } from '../../util/dates.js';
import { echoArgument } from '../../util/echoArgument.js';
import { flagMessage } from './flagMessages.js';

/** `--dir`, or ./roadmap when it holds a convention.yaml, else the current folder. */
export function resolveRoadmapDir(io: Io, dir: unknown): string {
  const candidate = typeof dir === 'string'
    ? resolve(io.cwd, dir)
    : existsSync(join(io.cwd, 'roadmap', 'convention.yaml')) ? join(io.cwd, 'roadmap') : io.cwd;
  let isDirectory = false;
  try {
    isDirectory = statSync(candidate).isDirectory();
  } catch {
    throw new UsageError(flagMessage('no-folder', io.lang ?? 'en', { path: echoArgument(candidate) }));
  }
  if (!isDirectory) throw new UsageError(flagMessage('not-a-folder', io.lang ?? 'en', { path: echoArgument(candidate) }));
  return candidate;
}

/** How diagnostics name files: from the roadmap folder's parent (`roadmap/commitments/x.md`). */
export function folderLabel(dir: string): string {
  return basename(dir) || basename(dirname(dir));
}

export function today(io: Io): string {
  return todayInParis(io.now ? io.now() : new Date());
}

export function resolveDate(io: Io, value: unknown, flag: string): string {
  if (value === undefined) return today(io);
  if (!isCalendarDate(value)) throw new UsageError(flagMessage('date', io.lang ?? 'en', { flag, value: echoArgument(String(value)) }));
  return value;
}

export function resolveLang(value: unknown, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  // main refuses a wrong --lang before any command runs; this guards commands called another way.
  if (!isLang(value)) throw new UsageError(flagMessage('choice', fallback, { flag: '--lang', choices: 'fr | en', value: echoArgument(String(value)), suggestion: '' }));
  return value;
}
