import { invitedPartners } from '../../derive/invitedPartners.js';
import { previousHeldMeeting } from '../../derive/previousHeldMeeting.js';
import type { Figures } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Roadmap } from '../../model/types.js';
import { addDays } from '../../util/dates.js';
import { briefContext, cell } from '../brief/briefContext.js';
import type { Document } from '../document/document.js';
import { agendaBlock, chairOf, meetingFacts, timeText } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

/** Replies are asked a week before the meeting: time to name a substitute and to print the attendance sheet. */
export const REPLY_DAYS_BEFORE = 7;

/**
 * The convocation: a letter from the chair to the members invited (committee
 * members on the meeting's date, partners its file lists, guests) with the
 * date, time, place, agenda, documents to read and the reply-by date.
 */
export function buildConvocation(roadmap: Roadmap, figures: Figures, meeting: Meeting, lang: Lang): Document {
  const ctx = briefContext(roadmap, figures, lang);
  const word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) => meetingMessage(key, lang, params);
  const previous = previousHeldMeeting(figures, meeting);
  const replyBy = addDays(meeting.date, -REPLY_DAYS_BEFORE);
  const committee = roadmap.convention?.data.committee.name ?? '';
  const chair = chairOf(meeting, ctx);
  const invited = invitedPartners(roadmap.partners.map((entity) => entity.data), meeting);
  const roleWord = (member: boolean, role: string) => word(member ? (role === 'signatory' ? 'role/signatory' : 'role/member') : 'role/other');
  return {
    lang,
    generator: 'meeting convene',
    layout: 'letter',
    title: word('convene/title', { title: meeting.title }),
    cover: {
      kicker: word('convene/kicker'),
      title: meeting.title,
      subtitle: '',
      facts: [...meetingFacts(meeting, ctx), { label: word('fact/reply-by'), value: ctx.date(replyBy) }],
      note: word('convene/note', { date: meeting.date }),
    },
    contents: '',
    sections: [
      {
        id: 'letter',
        title: word('convene/letter'),
        blocks: [
          { kind: 'paragraph', text: word('convene/salutation') },
          { kind: 'paragraph', text: word('convene/invitation', {
            title: meeting.title, committee, date: meeting.date,
            time: timeText(meeting, ctx) ?? word('time/unknown'), place: meeting.place ?? word('place/unknown'),
          }) },
          { kind: 'paragraph', text: word('convene/reading') },
          { kind: 'paragraph', text: word('convene/reply', { date: replyBy }) },
          { kind: 'paragraph', text: word('convene/closing') },
          ...(chair ? [{ kind: 'paragraph' as const, text: word('convene/signature', { chair: ctx.partnerName(chair) }) }] : []),
        ],
      },
      { id: 'agenda', title: word('agenda/title'), blocks: [agendaBlock(meeting, previous, ctx)] },
      {
        id: 'documents',
        title: word('convene/documents'),
        blocks: [{ kind: 'list', items: [
          word('convene/brief', { date: meeting.date }),
          ...(previous ? [word('convene/previous-minutes', { date: previous.date })] : []),
        ] }],
      },
      {
        id: 'invited',
        title: word('convene/invited'),
        blocks: [{
          kind: 'table',
          columns: [{ label: word('column/organisation') }, { label: word('column/person') }, { label: word('column/capacity') }],
          rows: [
            ...invited.map(({ partner, member }) => [
              cell(partner.name),
              cell(partner.representative ? [partner.representative.name, partner.representative.title].filter(Boolean).join(', ') : ''),
              cell(roleWord(member, partner.role)),
            ]),
            ...(meeting.guests ?? []).map((guest) => [cell(guest.organisation ?? ''), cell(guest.name), cell(word('role/guest'))]),
          ],
        }],
      },
    ],
    footer: word('convene/footer', { title: meeting.title, date: meeting.date }),
  };
}
