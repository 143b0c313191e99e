import type { Entity, IsoDate, Meeting, Partner } from '../model/types.js';
import { compareText } from '../util/compareText.js';

export interface AttendanceFigures {
  /** The last held committees on or before as-of, oldest first. */
  meetings: { id: string; date: IsoDate; title: string }[];
  /** Committee members, then anyone else recorded as attending; `null` when the meeting's file does not list the partner. */
  partners: { partner: string; present: (boolean | null)[]; attended: number; listed: number }[];
  /** Per meeting: members present out of the members the committee had that day; reached when more than half are present. */
  quorum: { present: number; members: number; reached: boolean }[];
}

/**
 * Who came to the last `count` committees (signature meetings count as the
 * first committee). No quorum rule is given: a strict majority of the
 * members (signatories and members who had joined and not left by that day)
 * is the common default for such committees.
 */
export function attendance(meetings: readonly Entity<Meeting>[], partners: readonly Entity<Partner>[], asOf: IsoDate, count: number): AttendanceFigures {
  const recent = meetings
    .map((entity) => entity.data)
    .filter((meeting) => meeting.status === 'held' && meeting.date <= asOf && (meeting.kind === 'committee' || meeting.kind === 'signature'))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    .slice(-count);
  const members = new Set(partners.filter((entity) => entity.data.role === 'signatory' || entity.data.role === 'member').map((entity) => entity.data.id));
  const recorded = new Set(recent.flatMap((meeting) => (meeting.attendees ?? []).map((attendee) => attendee.partner)));
  const rows = partners
    .map((entity) => entity.data.id)
    .filter((id) => members.has(id) || recorded.has(id))
    .sort((a, b) => Number(members.has(b)) - Number(members.has(a)) || compareText(a, b))
    .map((partner) => {
      const present = recent.map((meeting) => meeting.attendees?.find((attendee) => attendee.partner === partner)?.present ?? null);
      return { partner, present, attended: present.filter((value) => value === true).length, listed: present.filter((value) => value !== null).length };
    });
  const quorum = recent.map((meeting) => {
    const sitting = partners.map((entity) => entity.data).filter((partner) => members.has(partner.id) && isMemberOn(partner, meeting.date));
    const present = sitting.filter((partner) => meeting.attendees?.some((attendee) => attendee.partner === partner.id && attendee.present)).length;
    return { present, members: sitting.length, reached: present * 2 > sitting.length };
  });
  return { meetings: recent.map((meeting) => ({ id: meeting.id, date: meeting.date, title: meeting.title })), partners: rows, quorum };
}

function isMemberOn(partner: Partner, date: IsoDate): boolean {
  return (partner.joined_on === undefined || partner.joined_on <= date) && (partner.left_on === undefined || partner.left_on > date);
}
