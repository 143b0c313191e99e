/** Flag values shared by many commands, checked once: folder, dates, language. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, type Io } from '../../io/io.js';
import { isLang, type Lang } from '../../i18n/lang.js';
import { optionMessage } from '../../i18n/optionMessages.js';
import { isCalendarDate, todayInParis } from '../../util/dates.js';
import { terminalLine } from '../../util/sanitize.js';

/** `--dir`, or ./roadmap when it holds a convention.yaml, else the current folder. */
export function resolveRoadmapDir(io: Io, dir: unknown, lang: Lang = 'fr'): string {
  const candidate = typeof dir === 'string'
    ? resolve(io.cwd, dir)
    : existsSync(join(io.cwd, 'roadmap', 'convention.yaml')) ? join(io.cwd, 'roadmap') : io.cwd;
  let isDirectory = false;
  try {
    isDirectory = statSync(candidate).isDirectory();
  } catch {
    throw new UsageError(terminalLine(optionMessage('dir/missing', lang, { path: candidate })));
  }
  if (!isDirectory) throw new UsageError(terminalLine(optionMessage('dir/not-a-folder', lang, { path: candidate })));
  return candidate;
}

export { folderLabel } from '../../check/checkFiles.js';

export function today(io: Io): string {
  return todayInParis(io.now ? io.now() : new Date());
}

/** A date flag; its error speaks `lang`: the roadmap's language once it is known, else French. */
export function resolveDate(io: Io, value: unknown, flag: string, lang: Lang = 'fr'): string {
  if (value === undefined) return today(io);
  if (!isCalendarDate(value)) throw new UsageError(terminalLine(optionMessage('date/invalid', lang, { flag, value: String(value).slice(0, 80) })));
  return value;
}

/** `--lang`, else the fallback; an unknown language is refused in the fallback's language. */
export function resolveLang(value: unknown, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (!isLang(value)) throw new UsageError(terminalLine(optionMessage('lang/invalid', fallback, { value: String(value).slice(0, 80) })));
  return value;
}
