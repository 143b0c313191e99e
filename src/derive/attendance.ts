import type { Entity, IsoDate, Meeting, Partner } from '../model/types.js';
import { isCommitteeMemberOn } from './isCommitteeMemberOn.js';
import { quorum, type Quorum } from './quorum.js';
import { compareText } from '../util/compareText.js';

export interface AttendanceFigures {
  /** The last held committees on or before as-of, oldest first. */
  meetings: { id: string; date: IsoDate; title: string }[];
  /** Committee members at one of the meetings, then anyone else recorded as attending; `null` when the meeting's file does not list the partner. */
  partners: { partner: string; present: (boolean | null)[]; attended: number; listed: number }[];
  /** Per meeting: members present out of the members the committee had that day; reached when more than half are present. */
  quorum: Quorum[];
}

/**
 * Who came to the last `count` committees (signature meetings count as the
 * first committee), and whether each had its quorum.
 */
export function attendance(
  meetings: readonly Entity<Meeting>[],
  partners: readonly Entity<Partner>[],
  asOf: IsoDate,
  count: number,
): AttendanceFigures {
  const recent = meetings
    .map((entity) => entity.data)
    .filter(
      (meeting) =>
        meeting.status === 'held' &&
        meeting.date <= asOf &&
        (meeting.kind === 'committee' || meeting.kind === 'signature'),
    )
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    .slice(-count);
  // Rows: who sat on the committee at one of these meetings, then anyone else recorded as attending.
  const members = new Set(
    partners
      .filter((entity) => recent.some((meeting) => isCommitteeMemberOn(entity.data, meeting.date)))
      .map((entity) => entity.data.id),
  );
  const recorded = new Set(recent.flatMap((meeting) => (meeting.attendees ?? []).map((attendee) => attendee.partner)));
  const rows = partners
    .map((entity) => entity.data.id)
    .filter((id) => members.has(id) || recorded.has(id))
    .sort((a, b) => Number(members.has(b)) - Number(members.has(a)) || compareText(a, b))
    .map((partner) => {
      const present = recent.map(
        (meeting) => meeting.attendees?.find((attendee) => attendee.partner === partner)?.present ?? null,
      );
      return {
        partner,
        present,
        attended: present.filter((value) => value === true).length,
        listed: present.filter((value) => value !== null).length,
      };
    });
  const data = partners.map((entity) => entity.data);
  return {
    meetings: recent.map((meeting) => ({ id: meeting.id, date: meeting.date, title: meeting.title })),
    partners: rows,
    quorum: recent.map((meeting) => quorum(meeting, data)),
  };
}
