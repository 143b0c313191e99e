/**
 * An iCalendar file (RFC 5545) of the roadmap's dated facts, through
 * ical-generator (CRLF line ends, folding at 75 octets, escaping of `,;\`
 * and newlines). The output is reproducible: events in a fixed order and
 * DTSTAMP pinned to the convention's signature date instead of the clock,
 * so regenerating an unchanged roadmap gives the same bytes.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { message } from '../../i18n/editingMessages.js';
import type { Lang } from '../../i18n/lang.js';
import type { Roadmap } from '../../model/types.js';
import { terminalSafe } from '../../util/sanitize.js';
import { calendarEvents } from './calendarEvents.js';
import { PARIS, parisTimezone } from './parisTimezone.js';

export function calendarToIcs(roadmap: Roadmap, lang: Lang): string {
  const convention = roadmap.convention?.data;
  const stamp = utcMidnight(convention?.signed_on ?? '1970-01-01');
  const calendar = ical({
    prodId: { company: 'roadmap', product: 'roadmap', language: lang.toUpperCase() },
    name: clean(message('calendar/name', lang, { title: convention?.title ?? '' })),
    // Writes the VTIMEZONE of every zone an event names (only Paris, only when a meeting has a time).
    timezone: { name: null, generator: parisTimezone },
  });
  for (const event of calendarEvents(roadmap, lang)) {
    calendar.createEvent({
      id: event.uid,
      ...(event.time
        ? // Wall-clock times in Paris: ical-generator writes them as given, with TZID, whatever zone the process runs in.
          { start: `${event.date}T${event.time.start}:00`, end: `${event.date}T${event.time.end}:00`, timezone: PARIS }
        : { start: utcMidnight(event.date), allDay: true }),
      stamp,
      summary: clean(event.summary),
      description: clean(event.description),
      location: event.location === undefined ? null : clean(event.location),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: event.busy ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return `${calendar.toString()}\r\n`;
}

/** Dates are written as UTC midnight: ical-generator then prints the same calendar day whatever TZ the process runs in. */
function utcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Text from partners' files: control characters have no place in a calendar line. */
function clean(text: string): string {
  return terminalSafe(text);
}
