import { whyNotADate } from '../../diagnostics/whyNotADate.js';
import type { Lang } from '../../i18n/lang.js';
import { isCalendarDate } from '../../util/dates.js';
import { usageError } from './usageError.js';

/**
 * A date flag that need not be past (a due date, a joining date): absent, or
 * a real calendar date — `--due 2027-02-30` is refused against the flag, with
 * why, before any file is planned.
 */
export function dateFlag(flag: string, value: unknown, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!isCalendarDate(text)) throw usageError(lang, 'date/invalid-flag', { flag, value: text, reason: whyNotADate(text) });
  return text;
}
