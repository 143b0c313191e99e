import { UsageError } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import { reportWords } from '../../render/report/reportWords.js';
import { closestMatch } from '../../util/closestMatch.js';

/** A filter flag naming an id that does not exist is a usage error (exit 2), with the likely typo pointed out. */
export function requireKnownId(flag: string, value: unknown, ids: readonly string[], folder: string, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const id = String(value);
  if (!ids.includes(id)) throw new UsageError(reportWords(lang).usage.unknown(flag, id, folder, closestMatch(id, ids)));
  return id;
}

/** A flag whose value must be one of a few words; `undefined` gives the fallback. */
export function requireChoice<T extends string, F extends T | undefined>(flag: string, value: unknown, choices: readonly T[], fallback: F, lang: Lang): T | F {
  if (value === undefined) return fallback;
  if (!(choices as readonly unknown[]).includes(value)) throw new UsageError(reportWords(lang).usage.choice(flag, String(value), choices.join(' | ')));
  return value as T;
}
