import { invitedPartners } from '../../derive/invitedPartners.js';
import type { Figures } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Partner, Roadmap } from '../../model/types.js';
import { briefContext, cell } from '../brief/briefContext.js';
import type { Document, Cell, Column } from '../document/document.js';
import { letterheadOf } from '../document/letterheadOf.js';
import { meetingFacts } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

/** Blank lines at the end of the sheet, for people nobody listed. */
const BLANK_LINES = 3;

/**
 * The feuille d'émargement: one row per person invited — each partner's
 * representative, contacts and the people its attendance lists, once each —
 * with the organisation and a box to sign, then the guests. Its column labels
 * and a line naming the meeting repeat at the top of every printed page.
 */
export function buildAttendanceSheet(roadmap: Roadmap, figures: Figures, meeting: Meeting, lang: Lang): Document {
  const ctx = briefContext(roadmap, figures, lang);
  const word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) =>
    meetingMessage(key, lang, params);
  const banner = word('sheet/banner', { title: meeting.title, date: meeting.date });
  const columns: Column[] = [
    { label: word('column/person') },
    { label: word('column/organisation') },
    { label: word('column/capacity') },
    { label: word('column/signature'), signature: true },
  ];
  const invited = invitedPartners(
    roadmap.partners.map((entity) => entity.data),
    meeting,
  );
  const memberRows: Cell[][] = invited.flatMap(({ partner }) => {
    const people = peopleOf(partner, meeting);
    return (people.length > 0 ? people : [{ name: word('person/to-fill'), capacity: '' }]).map((person) => [
      cell(person.name),
      cell(partner.name),
      cell(person.capacity),
      cell(''),
    ]);
  });
  const guestRows: Cell[][] = [
    ...(meeting.guests ?? []).map((guest) => [
      cell(guest.name),
      cell(guest.organisation ?? ''),
      cell(word('role/guest')),
      cell(''),
    ]),
    ...Array.from({ length: BLANK_LINES }, () => [cell(''), cell(''), cell(''), cell('')]),
  ];
  return {
    lang,
    generator: 'meeting sheet',
    layout: 'letter',
    letterhead: letterheadOf(roadmap, lang),
    title: word('sheet/title', { date: meeting.date }),
    cover: {
      kicker: word('sheet/kicker'),
      title: meeting.title,
      subtitle: '',
      facts: meetingFacts(meeting, ctx),
      note: word('sheet/note'),
    },
    contents: '',
    sections: [
      {
        id: 'members',
        title: word('sheet/members'),
        blocks: [{ kind: 'table', header: banner, columns, rows: memberRows }],
      },
      {
        id: 'guests',
        title: word('sheet/guests'),
        blocks: [{ kind: 'table', header: banner, columns, rows: guestRows, keepTail: BLANK_LINES }],
      },
    ],
    footer: word('sheet/footer', { title: meeting.title, date: meeting.date }),
  };
}

/** The representative, the contacts, then the people the meeting's file lists for the partner; each name once. */
function peopleOf(partner: Partner, meeting: Meeting): { name: string; capacity: string }[] {
  const people = [
    ...(partner.representative
      ? [{ name: partner.representative.name, capacity: partner.representative.title ?? '' }]
      : []),
    ...(partner.contacts ?? []).map((contact) => ({ name: contact.name, capacity: contact.role ?? '' })),
    ...(meeting.attendees ?? [])
      .filter((attendee) => attendee.partner === partner.id)
      .flatMap((attendee) => attendee.people ?? [])
      .map((name) => ({ name, capacity: '' })),
  ];
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = person.name.trim().toLocaleLowerCase('fr');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
