import type { Meeting } from '../model/types.js';

type Attendee = NonNullable<Meeting['attendees']>[number];

/**
 * One attendance line per partner: the first the file gives. A partner listed twice (a line
 * copied by hand) counts once, and the same way everywhere — quorum, minutes, site.
 */
export function attendeeLines(meeting: Meeting): Attendee[] {
  const seen = new Set<string>();
  return (meeting.attendees ?? []).filter(
    (attendee) => !seen.has(attendee.partner) && seen.add(attendee.partner) !== undefined,
  );
}
