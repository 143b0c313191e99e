/**
 * The VTIMEZONE of Europe/Paris (RFC 5545 §3.6.5), written out rather than
 * taken from a time-zone database: the rules have been the EU's since 1996
 * (summer time from the last Sunday of March, 02:00, to the last Sunday of
 * October, 03:00), and a calendar with a time but no VTIMEZONE is read in
 * the reader's own zone by some clients.
 */
export const PARIS = 'Europe/Paris';

export function parisTimezone(tzid: string): string | null {
  if (tzid !== PARIS) return null;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${PARIS}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
