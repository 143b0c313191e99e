import type { Lang } from './lang.js';

/**
 * `14:30` → `14 h 30` in French (the usual way of writing times in a letter;
 * `14 h` on the hour), unchanged in English. Anything that is not `HH:MM` is
 * returned as the file has it.
 */
export function formatTime(value: string, lang: Lang): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match || lang !== 'fr') return value;
  const hours = String(Number(match[1]));
  return match[2] === '00' ? `${hours}\u00a0h` : `${hours}\u00a0h\u00a0${match[2]}`;
}
