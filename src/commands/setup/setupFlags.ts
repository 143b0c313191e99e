/**
 * The values of the set-up flags (`edit`, the new flags of `new`, `update`,
 * `meeting record`, `remove`, `rename`), checked before any file is planned:
 * a wrong one is a usage error (exit 2) naming the flag, with the nearest id
 * for a mistyped one; nothing is written then.
 */
import { UsageError } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import { setupMessage, type SetupMessageKey, type SetupMessageParams } from '../../i18n/setupMessages.js';
import { isCalendarDate } from '../../util/dates.js';
import { echoArgument } from '../../util/echoArgument.js';
import { terminalLine } from '../../util/sanitize.js';
import { dateFlag } from '../flags/dateFlag.js';
import { requireChoice, requireKnownId } from '../flags/requireKnown.js';

export function setupError<Key extends SetupMessageKey>(
  lang: Lang,
  key: Key,
  ...params: SetupMessageParams<Key>
): UsageError {
  return new UsageError(terminalLine(setupMessage(key, lang, ...params)));
}

/** A text on one line (names and titles never span lines): inner runs of white space become one space. */
export function oneLine(value: string | undefined): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * A text flag: undefined when absent; `''` (given empty) asks to remove an
 * optional field, and is refused for a required one.
 */
export function textFlag(flag: string, value: string | undefined, lang: Lang, required = false): string | undefined {
  if (value === undefined) return undefined;
  const text = oneLine(value);
  if (text === '' && required) throw setupError(lang, 'flag/empty', { flag });
  return text;
}

/** A date flag that may be in the future (a due date, a meeting's date); `''` removes an optional one. */
export function dateValue(flag: string, value: string | undefined, lang: Lang, required = false): string | undefined {
  const text = textFlag(flag, value, lang, required);
  // Checked, and refused, in the same words as every other date flag.
  return text === undefined || text === '' ? text : dateFlag(flag, text, lang);
}

/** A time of day, HH:MM (24 h). */
export function timeValue(flag: string, value: string | undefined, lang: Lang): string | undefined {
  const text = textFlag(flag, value, lang);
  if (text === undefined || text === '') return text;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) throw setupError(lang, 'flag/time', { flag, value: echoArgument(text) });
  return text;
}

/** The largest axis number schemas/axis.schema.json accepts: a larger one is refused as a flag, before any file is planned. */
export const MAX_AXIS_NUMBER = 1000;

/** A whole number between `min` and `max`. */
export function intValue(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  lang: Lang,
): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^\d{1,7}$/.test(text) || Number(text) < min || Number(text) > max)
    throw setupError(lang, 'flag/int', { flag, value: echoArgument(text), min, max });
  return Number(text);
}

/** A finite decimal number (`12,5` or `12.5`), within ±10¹². */
export function numberValue(flag: string, value: string, lang: Lang): number {
  const text = value.trim().replace(',', '.');
  const number = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(number) || Math.abs(number) >= 1e12)
    throw setupError(lang, 'flag/number', { flag, value: echoArgument(value) });
  return number;
}

/** An id of the roadmap: a mistyped one gets the nearest suggested. */
export function refValue(
  flag: string,
  value: string | undefined,
  ids: Iterable<string>,
  folder: string,
  lang: Lang,
): string | undefined {
  if (value === undefined) return undefined;
  return requireKnownId(flag, oneLine(value), [...ids], folder, lang);
}

/** A comma-separated list of ids, each known; `''` empties the list. */
export function refList(
  flag: string,
  value: string | undefined,
  ids: Iterable<string>,
  folder: string,
  lang: Lang,
): string[] | undefined {
  if (value === undefined) return undefined;
  const known = [...ids];
  const items = [
    ...new Set(
      String(value)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  return items.map((item) => requireKnownId(flag, item, known, folder, lang)!);
}

/** A comma-separated list of free words (maintainers' handles). */
export function wordList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return [
    ...new Set(
      String(value)
        .split(',')
        .map((item) => oneLine(item))
        .filter(Boolean),
    ),
  ];
}

export function choiceValue<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  lang: Lang,
): T | undefined {
  if (value === undefined) return undefined;
  return requireChoice(flag, oneLine(value), choices, undefined, lang);
}

/** `"<title>@<date>"`: the text before the last « @ », and a calendar date after it (the date optional when `dateOptional`). */
export function textAtDate(
  flag: string,
  value: string,
  lang: Lang,
  dateOptional = false,
): { text: string; date?: string } {
  const at = value.lastIndexOf('@');
  const tail = at === -1 ? '' : value.slice(at + 1).trim();
  if (at === -1 || !isCalendarDate(tail)) {
    if (dateOptional && (at === -1 || !/^\s*\d/.test(tail))) {
      const text = oneLine(value);
      if (text === '') throw setupError(lang, 'flag/empty', { flag });
      return { text };
    }
    throw setupError(lang, 'flag/text-at-date', { flag, value: echoArgument(value) });
  }
  const text = oneLine(value.slice(0, at));
  if (text === '') throw setupError(lang, 'flag/empty', { flag });
  return { text, date: tail };
}

/** `"<value>@<date>"` of an indicator's baseline or target. */
export function valueAtDate(
  flag: string,
  value: string | undefined,
  lang: Lang,
): { value: number; date: string } | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const at = text.lastIndexOf('@');
  const date = at === -1 ? '' : text.slice(at + 1).trim();
  if (at === -1 || !isCalendarDate(date))
    throw setupError(lang, 'flag/value-at-date', { flag, value: echoArgument(text) });
  return { value: numberValue(flag, text.slice(0, at), lang), date };
}

/** An e-mail address as the schemas accept it; tested only on a bounded string, so the match stays linear. */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const EMAIL_MAX = 254;

/**
 * `"<name> <email>"` or `"<name> <email>, <role>"`: the e-mail is the last word
 * before the first comma that follows the « @ », in angle brackets or not.
 * Parsed by hand rather than by one regular expression, whose backtracking
 * grows with the square of a long hostile argument.
 */
export function nameAndEmail(
  flag: string,
  value: string | undefined,
  lang: Lang,
  withRole: boolean,
): { name: string; email: string; role?: string } | undefined {
  if (value === undefined) return undefined;
  const line = oneLine(value);
  const refuse = () =>
    setupError(lang, withRole ? 'flag/contact' : 'flag/name-email', { flag, value: echoArgument(line) });
  const at = line.indexOf('@');
  if (at === -1) throw refuse();
  const comma = line.indexOf(',', at);
  const main = (comma === -1 ? line : line.slice(0, comma)).trim();
  const role = comma === -1 ? undefined : line.slice(comma + 1).trim();
  if (role !== undefined && !withRole) throw refuse();
  const space = main.lastIndexOf(' ');
  const email = main.slice(space + 1).replace(/^<|>$/g, '');
  const name = main.slice(0, Math.max(0, space)).replace(/,\s*$/, '').trim();
  if (name === '' || email.length > EMAIL_MAX || !EMAIL.test(email)) throw refuse();
  return { name, email, ...(role ? { role } : {}) };
}

/** `"<name>, <title or organisation>"`: the name, then what follows the first comma. */
export function nameAndMore(
  flag: string,
  value: string | undefined,
  lang: Lang,
): { name: string; more?: string } | undefined {
  if (value === undefined) return undefined;
  const line = oneLine(value);
  const comma = line.indexOf(',');
  const name = (comma === -1 ? line : line.slice(0, comma)).trim();
  const more = comma === -1 ? '' : line.slice(comma + 1).trim();
  if (name === '') throw setupError(lang, 'flag/empty', { flag });
  return more === '' ? { name } : { name, more };
}
