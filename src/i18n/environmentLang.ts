import { isLang, type Lang } from './lang.js';

/**
 * The language of a message said before any roadmap is read: `--lang` when
 * given, else the locale of the environment (LC_ALL, then LC_MESSAGES, then
 * LANG: `fr_FR.UTF-8` is French), else English.
 */
export function environmentLang(flag: unknown, env: Record<string, string | undefined>): Lang {
  if (isLang(flag)) return flag;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^fr(?:[_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}
