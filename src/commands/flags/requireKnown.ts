import { UsageError } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import { echoArgument } from '../../util/echoArgument.js';
import { flagMessage, suggestionText } from './flagMessages.js';

/** How many ids an ambiguous prefix lists before « … ». */
const LISTED = 8;

/**
 * A filter flag naming an id that does not exist is a usage error (exit 2):
 * a prefix of several ids lists them (`--partner cma` → cma-essonne or
 * cma-val-de-marne), a prefix of one or a likely typo is pointed out.
 */
export function requireKnownId(
  flag: string,
  value: string | undefined,
  ids: readonly string[],
  folder: string,
  lang: Lang,
): string | undefined {
  if (value === undefined) return undefined;
  const id = String(value);
  if (ids.includes(id)) return id;
  const shown = echoArgument(id);
  const prefixed = ids.filter((candidate) => candidate.startsWith(id.toLowerCase()) && id !== '');
  if (prefixed.length > 1) {
    const list = prefixed.slice(0, LISTED).join(', ') + (prefixed.length > LISTED ? ', …' : '');
    throw new UsageError(flagMessage('ambiguous', lang, { flag, value: shown, list }));
  }
  const suggestion =
    prefixed.length === 1
      ? flagMessage('suggestion', lang, { suggestion: prefixed[0]! })
      : suggestionText(id, ids, lang);
  throw new UsageError(flagMessage('unknown', lang, { flag, value: shown, folder, suggestion }));
}

/**
 * A flag whose value must be one of a few words; `undefined` gives the
 * fallback. `printed` adds the words the tables print for each choice
 * (`--status ouverte` is `open`), matched without case or accents.
 */
export function requireChoice<T extends string, F extends T | undefined>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: F,
  lang: Lang,
  printed: Partial<Record<T, readonly string[]>> = {},
): T | F {
  if (value === undefined) return fallback;
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  const word = fold(String(value));
  const byWord = choices.find(
    (choice) => fold(choice) === word || (printed[choice] ?? []).some((label) => fold(label) === word),
  );
  if (byWord !== undefined) return byWord;
  const words = [...choices, ...choices.flatMap((choice) => printed[choice] ?? [])];
  const nearest = suggestionText(String(value), words, lang);
  throw new UsageError(
    flagMessage('choice', lang, {
      flag,
      choices: choices.join(' | '),
      value: echoArgument(String(value)),
      suggestion: nearest,
    }),
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}
