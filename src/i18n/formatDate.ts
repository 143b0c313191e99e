import type { Lang } from './lang.js';
import { isCalendarDate } from '../util/dates.js';

// Fixed month names rather than Intl: output must not depend on the ICU data Node was built with.
const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * `2026-09-30` → `30 septembre 2026` / `30 September 2026`; French writes the
 * first of the month `1er`. Anything that is not a real calendar date is
 * returned unchanged, so a wrong date is shown exactly as the file has it.
 */
export function formatDate(value: string, lang: Lang): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTHS[lang][month - 1]} ${year}`;
}
