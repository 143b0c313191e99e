import type { Lang } from './lang.js';

/**
 * The language the environment asks for, by the POSIX order of precedence
 * (LC_ALL, then LC_MESSAGES, then LANG): `fr_FR.UTF-8` is French, `en_GB` or
 * `C` English; unset or another language gives undefined.
 */
export function environmentLang(env: Record<string, string | undefined>): Lang | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return undefined;
  if (/^fr(?:[_.@-]|$)/i.test(locale)) return 'fr';
  if (/^(?:en(?:[_.@-]|$)|C(?:\.|$)|POSIX$)/i.test(locale)) return 'en';
  return undefined;
}
