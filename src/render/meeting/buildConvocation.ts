import { invitedPartners } from '../../derive/invitedPartners.js';
import { previousHeldMeeting } from '../../derive/previousHeldMeeting.js';
import type { Figures } from '../../derive/types.js';
import { formatWeekdayDate } from '../../i18n/formatWeekdayDate.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Partner, Roadmap } from '../../model/types.js';
import { addDays } from '../../util/dates.js';
import { briefContext } from '../brief/briefContext.js';
import type { Block, Document, Signatory } from '../document/document.js';
import { letterheadOf } from '../document/letterheadOf.js';
import { agendaBlock, conventionPhrase, letterTime, meetingPhrase, ofCommittee, placePhrase } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

/** Replies are asked a week before the meeting: time to name a substitute and to print the attendance sheet. */
export const REPLY_DAYS_BEFORE = 7;

export interface ConvocationRequest {
  roadmap: Roadmap;
  figures: Figures;
  meeting: Meeting;
  lang: Lang;
  /** The date of sending (`--on`), in the dateline. */
  sentOn: string;
  /** One member's letter (`--per-member`); absent: the letter to every member, listing them. */
  recipient?: Partner;
}

/**
 * The convocation, a letter in French administrative form: letterhead,
 * sender, recipient, « Morlaix, le 19 novembre 2026 », « Objet : », the
 * salutation, the meeting (committee, convention, weekday, date, time,
 * place), the agenda, the documents to read by title, whom to answer by
 * when, the closing formula and, last, the signature of the chair's
 * representative.
 */
export function buildConvocation(request: ConvocationRequest): Document {
  const { roadmap, figures, meeting, lang, recipient } = request;
  const ctx = briefContext(roadmap, figures, lang);
  const word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) =>
    meetingMessage(key, lang, params);
  const convention = roadmap.convention?.data;
  const committee = convention?.committee.name ?? meeting.title;
  const secretariat = convention?.secretariat;
  const previous = previousHeldMeeting(figures, meeting);
  const replyBy = addDays(meeting.date, -REPLY_DAYS_BEFORE);
  const chairId = meeting.chair ?? convention?.committee.chair;
  const chair = chairId ? roadmap.partners.find((entity) => entity.data.id === chairId)?.data : undefined;
  const weekday = formatWeekdayDate(meeting.date, lang);
  const city = secretariat?.city ?? convention?.place;
  const salutation =
    recipient?.representative?.salutation?.trim().replace(/[,.;:\s]+$/, '') || word('letter/salutation-default');
  const invited = invitedPartners(
    roadmap.partners.map((entity) => entity.data),
    meeting,
  );
  const time = letterTime(meeting, lang);
  const of = ofCommittee(committee, lang);

  const sender: string[] = chair
    ? [
        ...(chair.representative
          ? [chair.representative.name, ...(chair.representative.title ? [chair.representative.title] : [])]
          : []),
        chair.name,
        word('letter/chair-of', { ofCommittee: of }),
      ]
    : secretariat
      ? [secretariat.name]
      : [word('letter/committee-secretariat', { ofCommittee: of })];
  const recipientLines = recipient
    ? [
        ...(recipient.representative
          ? [recipient.representative.name, ...(recipient.representative.title ? [recipient.representative.title] : [])]
          : []),
        recipient.name,
      ]
    : [word('letter/all-members', { ofCommittee: of })];
  const documents = [
    word('letter/document-brief', { date: weekday }),
    ...(previous ? [word('letter/document-minutes', { date: previous.date })] : []),
  ];
  const answerTo = secretariat
    ? [
        secretariat.name,
        ...[secretariat.email, secretariat.phone].filter((value): value is string => Boolean(value)),
      ].join(', ')
    : word('letter/answer-secretariat');
  const signatory: Signatory = chair?.representative
    ? {
        role: word('letter/signature-role', { ofCommittee: of }),
        name: chair.representative.name,
        title: [chair.representative.title, chair.name].filter(Boolean).join(', '),
      }
    : chair
      ? { role: word('letter/signature-role', { ofCommittee: of }), name: chair.name }
      : { role: word('letter/signature-secretariat'), name: secretariat?.name ?? committee };
  const opening: Block[] = [
    { kind: 'address', role: 'sender', lines: sender },
    { kind: 'address', role: 'recipient', lines: recipientLines },
    {
      kind: 'dateline',
      text: city
        ? word('letter/dateline', { city, date: request.sentOn })
        : word('letter/dateline-no-city', { date: request.sentOn }),
    },
    {
      kind: 'subject',
      label: word('letter/subject-label'),
      text: word('letter/subject', { ofCommittee: of, date: weekday }),
    },
    ...(recipient
      ? []
      : [
          {
            kind: 'list' as const,
            compact: true,
            items: [
              ...invited.map(({ partner }) => [partner.name, partner.representative?.name].filter(Boolean).join(' — ')),
              ...(meeting.guests ?? []).map(
                (guest) => [guest.organisation, guest.name].filter(Boolean).join(' — ') + word('letter/guest-mark'),
              ),
            ],
            label: word('letter/recipients'),
          },
        ]),
    { kind: 'salutation', text: `${salutation},` },
    {
      kind: 'paragraph',
      text: word('letter/invitation', {
        meeting: meetingPhrase(meeting.title, committee, lang),
        convention: convention ? conventionPhrase(convention.title, lang) : '',
        date: weekday,
        time: time ? `, ${time}` : '',
        place: meeting.place ? `, ${placePhrase(meeting.place, lang)}` : '',
      }).replace(/\s+,/g, ','),
    },
    { kind: 'paragraph', text: word('letter/agenda-follows') },
  ];
  const closing: Block[] = [
    { kind: 'paragraph', text: word('letter/reply', { date: formatWeekdayDate(replyBy, lang), to: answerTo }) },
    { kind: 'closing', text: word('letter/closing', { salutation }) },
    { kind: 'signatures', items: [signatory] },
  ];
  return {
    lang,
    generator: 'meeting convene',
    layout: 'letter',
    letterhead: letterheadOf(roadmap, lang),
    title: word('convene/title', { title: `${committee}, ${weekday}` }),
    contents: '',
    sections: [
      { id: 'letter', title: '', blocks: opening },
      { id: 'agenda', title: word('agenda/title'), blocks: [agendaBlock(meeting, previous, ctx)] },
      { id: 'documents', title: word('convene/documents'), blocks: [{ kind: 'list', items: documents }] },
      { id: 'reply', title: '', blocks: closing },
    ],
    footer: word('convene/footer', { title: committee, date: meeting.date }),
  };
}
