import type { Meeting, Partner } from '../model/types.js';
import { isCommitteeMemberOn } from './isCommitteeMemberOn.js';

/**
 * Who a meeting invites: the committee's members on its date, then any other
 * partner its file lists among the attendees (an observer asked to come),
 * each group in alphabetical order of name (French collation, so that
 * « Établissement » comes before « Région »), ids breaking ties.
 */
const byName = new Intl.Collator('fr', { sensitivity: 'base' });

export function invitedPartners(
  partners: readonly Partner[],
  meeting: Meeting,
): { partner: Partner; member: boolean }[] {
  const listed = new Set((meeting.attendees ?? []).map((attendee) => attendee.partner));
  return partners
    .map((partner) => ({ partner, member: isCommitteeMemberOn(partner, meeting.date) }))
    .filter((entry) => entry.member || listed.has(entry.partner.id))
    .sort(
      (a, b) =>
        Number(b.member) - Number(a.member) ||
        byName.compare(a.partner.name, b.partner.name) ||
        (a.partner.id < b.partner.id ? -1 : a.partner.id > b.partner.id ? 1 : 0),
    );
}
