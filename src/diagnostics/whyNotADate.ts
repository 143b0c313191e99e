import { textByLang } from '../i18n/textByLang.js';
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';

const MESSAGES = {
  'month-length': { fr: 'ce mois n’a que {days} jours', en: 'that month has only {days} days' },
  'no-month': { fr: 'il n’y a pas de mois {month}', en: 'there is no month {month}' },
  'no-day-zero': { fr: 'les jours commencent à 01', en: 'days start at 01' },
  shape: {
    fr: 'une date s’écrit AAAA-MM-JJ, par exemple 2019-09-30',
    en: 'a date is written YYYY-MM-DD, for example 2019-09-30',
  },
  'write-instead': {
    fr: 'une date s’écrit AAAA-MM-JJ : écrivez {date}',
    en: 'a date is written YYYY-MM-DD: write {date}',
  },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);

/** Why a value the schema refused is no date: `2019-02-30` → « ce mois n’a que 28 jours ». */
export function whyNotADate(value: string): Text {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    const meant = dayFirst(value);
    return textByLang((lang) => (meant ? word('write-instead', lang, { date: meant }) : word('shape', lang)));
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return textByLang((lang) => word('no-month', lang, { month: match[2]! }));
  if (day < 1) return textByLang((lang) => word('no-day-zero', lang));
  return textByLang((lang) => word('month-length', lang, { days: new Date(Date.UTC(year, month, 0)).getUTCDate() }));
}

/**
 * `15/11/2026`, `5.3.2027`, `15-11-2026`: the day-first way French partners write a date, turned into
 * the ISO date they meant when it exists; undefined otherwise (nothing is guessed for an impossible one).
 */
function dayFirst(value: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
