import type { Meeting, Partner } from '../model/types.js';
import { attendeeLines } from './attendeeLines.js';
import { isCommitteeMemberOn } from './isCommitteeMemberOn.js';

export interface Quorum {
  /** Members present. */
  present: number;
  /** Members the committee had on the meeting's date. */
  members: number;
  /** Members present needed: a strict majority. */
  needed: number;
  reached: boolean;
}

/**
 * The quorum of a meeting. The convention texts we follow give no rule: a
 * strict majority of the members on that date (signatories and members who
 * had joined and not left) is the common default for such committees.
 */
export function quorum(meeting: Meeting, partners: readonly Partner[]): Quorum {
  const sitting = partners.filter((partner) => isCommitteeMemberOn(partner, meeting.date));
  const lines = attendeeLines(meeting);
  const present = sitting.filter(
    (partner) => lines.find((attendee) => attendee.partner === partner.id)?.present === true,
  ).length;
  const needed = Math.floor(sitting.length / 2) + 1;
  return { present, members: sitting.length, needed, reached: present >= needed };
}
