import type { Text } from '../i18n/lang.js';
import { fillText } from '../i18n/fillText.js';

const MONTH_LENGTH = { fr: 'ce mois n’a que {days} jours', en: 'that month has only {days} days' };
const NO_MONTH = { fr: 'il n’y a pas de mois {month}', en: 'there is no month {month}' };
const NO_DAY_ZERO = { fr: 'les jours commencent à 01', en: 'days start at 01' };
const SHAPE = { fr: 'une date s’écrit AAAA-MM-JJ, par exemple 2019-09-30', en: 'a date is written YYYY-MM-DD, for example 2019-09-30' };

/** Why a value the schema refused is no date: `2019-02-30` → « ce mois n’a que 28 jours ». */
export function whyNotADate(value: string): Text {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return SHAPE;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return fillText(NO_MONTH, { month: match[2]! });
  if (day < 1) return NO_DAY_ZERO;
  return fillText(MONTH_LENGTH, { days: String(new Date(Date.UTC(year, month, 0)).getUTCDate()) });
}
