import { formatDate } from './formatDate.js';
import type { Lang } from './lang.js';
import { isCalendarDate } from '../util/dates.js';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** `2026-12-03` → `jeudi 3 décembre 2026` / `Thursday 3 December 2026`: how a letter names the day of a meeting. */
export function formatWeekdayDate(value: string, lang: Lang): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[lang][new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${formatDate(value, lang)}`;
}
