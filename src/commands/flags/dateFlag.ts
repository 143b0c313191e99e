/**
 * Date flags (`--as-of`, `--on`, `--due`, `--start`, `--signed-on`…): one
 * check and one sentence whatever the flag — `--due 2027-02-30` and
 * `--as-of 2027-02-30` are refused in the same words, with why.
 */
import { whyNotADate } from '../../diagnostics/whyNotADate.js';
import type { Lang } from '../../i18n/lang.js';
import { UsageError, type Io } from '../../io/io.js';
import { isCalendarDate, todayInParis } from '../../util/dates.js';
import { echoArgument } from '../../util/echoArgument.js';
import { flagMessage } from './flagMessages.js';
import { usageError } from './usageError.js';

/** Today in Europe/Paris, from the injected clock when there is one. */
export function today(io: Io): string {
  return todayInParis(io.now ? io.now() : new Date());
}

/** A date flag that need not be past (a due date, a joining date): absent, or a real calendar date. */
export function dateFlag(flag: string, value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!isCalendarDate(text))
    throw new UsageError(
      flagMessage('date', lang, { flag, value: echoArgument(text), reason: whyNotADate(text)[lang] }),
    );
  return text;
}

/** A date flag that defaults to today (`--as-of`). */
export function dateOrToday(io: Io, flag: string, value: string | undefined, lang: Lang): string {
  return dateFlag(flag, value, lang) ?? today(io);
}

/**
 * The date of a fact the command records (a journal entry, a meeting held, an
 * action closed): today by default, never after today in Europe/Paris — a
 * fact dated in the future would be counted by no report yet written in the
 * file as if it had happened.
 */
export function factDate(io: Io, flag: string, value: string | undefined, lang: Lang): string {
  const date = dateOrToday(io, flag, value, lang);
  const now = today(io);
  if (date > now) throw usageError(lang, 'date/after-today', { flag, value: date, today: now });
  return date;
}
