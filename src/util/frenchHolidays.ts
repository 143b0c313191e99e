/**
 * French public holidays (jours fériés of the Code du travail, art. L3133-1)
 * and working days, for dates a command proposes (the first committee of a
 * new roadmap). Easter Sunday by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher); Easter Monday, Ascension and Whit Monday follow it.
 */
import { addDays } from './dates.js';

export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The eleven public holidays of metropolitan France in `year`, as YYYY-MM-DD. */
export function frenchPublicHolidays(year: number): string[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  return [
    `${y}-01-01`,
    addDays(easter, 1),
    `${y}-05-01`,
    `${y}-05-08`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${y}-07-14`,
    `${y}-08-15`,
    `${y}-11-01`,
    `${y}-11-11`,
    `${y}-12-25`,
  ];
}

/** Monday to Friday, and not a French public holiday. */
export function isFrenchWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !frenchPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** `date` itself when it is a working day, else the next one. */
export function nextFrenchWorkingDay(date: string): string {
  let day = date;
  while (!isFrenchWorkingDay(day)) day = addDays(day, 1);
  return day;
}
