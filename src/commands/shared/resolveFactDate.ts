import type { Io } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import { resolveDate, today } from './resolveOptions.js';
import { usageError } from './usageError.js';

/**
 * The date of a fact the command records (a journal entry, a meeting held, an
 * action closed): today by default, never after today in Europe/Paris — a
 * fact dated in the future would be counted by no report yet written in the
 * file as if it had happened.
 */
export function resolveFactDate(io: Io, value: unknown, flag: string, lang: Lang): string {
  const date = resolveDate(io, value, flag, lang);
  const now = today(io);
  if (date > now) throw usageError(lang, 'date/after-today', { flag, value: date, today: now });
  return date;
}
