import { invitedPartners } from '../../derive/invitedPartners.js';
import { previousHeldMeeting } from '../../derive/previousHeldMeeting.js';
import { quorum } from '../../derive/quorum.js';
import type { ActionFigures, Figures } from '../../derive/types.js';
import { formatWeekdayDate } from '../../i18n/formatWeekdayDate.js';
import type { Lang } from '../../i18n/lang.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import { briefContext, cell, type BriefContext } from '../brief/briefContext.js';
import type { Block, Document, Section, Signatory } from '../document/document.js';
import { letterheadOf } from '../document/letterheadOf.js';
import { agendaBlock, chairOf, timeText } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

type Word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) => string;

/**
 * The procès-verbal of a held meeting, a record: who was present, excused or
 * absent and whether the quorum was reached, the minutes it approved, the
 * agenda, its decisions numbered « Décision n° 1 », the actions it decided,
 * the follow-up of actions decided earlier (closed since the previous
 * meeting, still open, overdue), the minutes its file holds, then the
 * signatures of whoever chaired and of the secrétaire de séance. `figures`
 * are computed as of the meeting's date, so the minutes made a year later
 * say the same.
 */
export function buildMinutes(roadmap: Roadmap, figures: Figures, entity: Entity<Meeting>, lang: Lang): Document {
  const meeting = entity.data;
  const ctx = briefContext(roadmap, figures, lang);
  const word: Word = (key, params) => meetingMessage(key, lang, params);
  const partners = roadmap.partners.map((partner) => partner.data);
  const previous = previousHeldMeeting(figures, meeting);
  const count = quorum(meeting, partners);
  const attendance = invitedPartners(partners, meeting).map(({ partner }) => {
    const attendee = meeting.attendees?.find((candidate) => candidate.partner === partner.id);
    const state = attendee?.present ? 'minutes/present' : attendee?.excused ? 'minutes/excused' : 'minutes/absent';
    return [
      cell(partner.name),
      cell((attendee?.people ?? []).join(', ')),
      cell(word(state), attendee?.present ? 'green' : state === 'minutes/excused' ? 'muted' : 'red'),
    ];
  });
  const guests = (meeting.guests ?? []).map((guest) =>
    guest.organisation ? `${guest.name} (${guest.organisation})` : guest.name,
  );
  const muted = (text: string): Block => ({ kind: 'paragraph', text, tone: 'muted' });
  const decided = figures.actions.filter((action) => action.meeting === meeting.id);
  const sections: Section[] = [
    {
      id: 'attendance',
      title: word('minutes/attendance'),
      blocks: [
        {
          kind: 'table',
          columns: [
            { label: word('column/organisation') },
            { label: word('column/represented-by') },
            { label: word('column/attendance') },
          ],
          rows: attendance,
        },
        {
          kind: 'paragraph',
          text: word(count.reached ? 'minutes/quorum-reached' : 'minutes/quorum-missed', {
            present: count.present,
            members: count.members,
            needed: count.needed,
          }),
          tone: count.reached ? 'green' : 'red',
        },
        ...(guests.length > 0
          ? [{ kind: 'paragraph' as const, text: word('minutes/guests', { list: guests.join(', ') }) }]
          : []),
      ],
    },
    {
      id: 'approval',
      title: word('minutes/approval'),
      blocks: approvalBlocks(roadmap, meeting, previous?.date ?? null, word, muted),
    },
    { id: 'agenda', title: word('agenda/title'), blocks: [agendaBlock(meeting, previous, ctx)] },
    { id: 'decisions', title: word('minutes/decisions'), blocks: decisionBlocks(meeting, ctx, word, muted) },
    {
      id: 'actions',
      title: word('minutes/actions'),
      blocks: [
        decided.length === 0
          ? muted(word('minutes/no-action'))
          : {
              kind: 'table',
              columns: [
                { label: word('column/action') },
                { label: word('column/owner') },
                { label: word('column/due') },
                { label: word('column/state', { date: figures.asOf }) },
              ],
              rows: decided.map((action) => [
                cell(action.text),
                cell(ctx.partnerName(action.owner)),
                cell(ctx.date(action.due)),
                stateCell(action, ctx, word),
              ]),
            },
      ],
    },
    {
      id: 'follow-up',
      title: word('minutes/follow-up'),
      blocks: followUpBlocks(figures, meeting, previous?.date ?? null, ctx, word, muted),
    },
    {
      id: 'minutes',
      title: word('minutes/body'),
      blocks: [entity.body.trim() ? { kind: 'markdown', source: entity.body } : muted(word('minutes/no-body'))],
    },
    { id: 'signatures', title: '', blocks: [{ kind: 'signatures', items: signatories(roadmap, meeting, ctx, word) }] },
  ];
  const time = timeText(meeting, ctx);
  const chairedBy = chairedByOf(roadmap, meeting, ctx);
  return {
    lang,
    generator: 'meeting minutes',
    layout: 'letter',
    letterhead: letterheadOf(roadmap, lang),
    title: `${word('minutes/kicker')} — ${meeting.title}`,
    cover: {
      kicker: word('minutes/kicker'),
      title: meeting.title,
      subtitle: '',
      facts: [
        ...(roadmap.convention
          ? [{ label: word('fact/committee'), value: roadmap.convention.data.committee.name }]
          : []),
        { label: word('fact/date'), value: formatWeekdayDate(meeting.date, lang) },
        ...(time ? [{ label: word('fact/time'), value: time }] : []),
        ...(meeting.place ? [{ label: word('fact/place'), value: meeting.place }] : []),
        ...(chairedBy ? [{ label: word('fact/chaired-by'), value: chairedBy }] : []),
        ...(meeting.secretary ? [{ label: word('fact/secretary'), value: meeting.secretary }] : []),
      ],
      note: word('minutes/note'),
    },
    contents: '',
    sections,
    footer: word('minutes/footer', { title: meeting.title, date: meeting.date }),
  };
}

/** The minutes this meeting approved (`approved_minutes`), by their meeting's date; or, without any, that none was recorded. */
function approvalBlocks(
  roadmap: Roadmap,
  meeting: Meeting,
  previousDate: string | null,
  word: Word,
  muted: (text: string) => Block,
): Block[] {
  const approved = (meeting.approved_minutes ?? [])
    .map((id) => roadmap.meetings.find((other) => other.data.id === id)?.data)
    .filter((other): other is Meeting => other !== undefined);
  if (approved.length > 0)
    return approved.map((other) => ({ kind: 'paragraph', text: word('minutes/approved', { date: other.date }) }));
  return [
    muted(previousDate ? word('minutes/approval-not-recorded', { date: previousDate }) : word('minutes/no-previous')),
  ];
}

/** « Décision n° 1 », its text and what it concerns, in file order. */
function decisionBlocks(meeting: Meeting, ctx: BriefContext, word: Word, muted: (text: string) => Block): Block[] {
  const decisions = meeting.decisions ?? [];
  if (decisions.length === 0) return [muted(word('minutes/no-decision'))];
  return decisions.flatMap((decision, index): Block[] => {
    const about = [
      ...(decision.axes ?? []).map(ctx.axisLabel),
      ...(decision.commitments ?? []).map(ctx.commitmentTitle),
    ];
    return [
      { kind: 'heading', text: word('minutes/decision-number', { number: index + 1 }) },
      { kind: 'paragraph', text: decision.text },
      ...(about.length > 0 ? [muted(word('minutes/decision-about', { list: about.join(' ; ') }))] : []),
    ];
  });
}

/**
 * Actions decided at earlier meetings: those closed since the previous
 * meeting (inclusive), then those still open on the meeting's date, overdue
 * ones marked. Actions closed before the previous meeting were reported then.
 */
function followUpBlocks(
  figures: Figures,
  meeting: Meeting,
  previousDate: string | null,
  ctx: BriefContext,
  word: Word,
  muted: (text: string) => Block,
): Block[] {
  const earlier = figures.actions.filter(
    (action) => action.meeting !== meeting.id && action.meetingDate <= meeting.date,
  );
  const closed = earlier.filter(
    (action) => action.closedOn !== null && (previousDate === null || action.closedOn >= previousDate),
  );
  const open = earlier.filter((action) => action.status === 'open');
  if (closed.length === 0 && open.length === 0) return [muted(word('minutes/no-follow-up'))];
  return [
    {
      kind: 'paragraph',
      text: word('minutes/follow-up-summary', {
        closed: closed.length,
        open: open.length,
        overdue: open.filter((action) => action.overdue).length,
      }),
    },
    {
      kind: 'table',
      columns: [
        { label: word('column/action') },
        { label: word('column/decided-on') },
        { label: word('column/owner') },
        { label: word('column/due') },
        { label: word('column/state', { date: figures.asOf }) },
      ],
      rows: [...closed, ...open].map((action) => [
        cell(action.text),
        cell(ctx.date(action.meetingDate)),
        cell(ctx.partnerName(action.owner)),
        cell(ctx.date(action.due)),
        stateCell(action, ctx, word),
      ]),
    },
  ];
}

function stateCell(action: ActionFigures, ctx: BriefContext, word: Word) {
  if (action.closedOn !== null)
    return cell(
      word(action.status === 'cancelled' ? 'minutes/state-cancelled' : 'minutes/state-done', { date: action.closedOn }),
      action.status === 'cancelled' ? 'muted' : 'green',
    );
  return action.overdue ? cell(word('minutes/state-overdue'), 'red') : cell(ctx.words.actionStatus.open);
}

/** Who chaired: `chaired_by`, else the chair partner's representative. */
function chairedByOf(roadmap: Roadmap, meeting: Meeting, ctx: BriefContext): string | undefined {
  if (meeting.chaired_by) return meeting.chaired_by;
  const chair = chairOf(meeting, ctx);
  return chair ? roadmap.partners.find((partner) => partner.data.id === chair)?.data.representative?.name : undefined;
}

function signatories(roadmap: Roadmap, meeting: Meeting, ctx: BriefContext, word: Word): Signatory[] {
  const chair = chairOf(meeting, ctx);
  const representative = chair
    ? roadmap.partners.find((partner) => partner.data.id === chair)?.data.representative
    : undefined;
  const chairedBy = chairedByOf(roadmap, meeting, ctx);
  // The chair partner's representative's position only when that person is the one who chaired.
  const title =
    representative && chairedBy === representative.name
      ? [representative.title, ctx.partnerName(chair!)].filter(Boolean).join(', ')
      : undefined;
  return [
    {
      role: word('minutes/signature-chair'),
      name: chairedBy ?? word('minutes/name-to-fill'),
      ...(title ? { title } : {}),
      box: true,
    },
    { role: word('minutes/signature-secretary'), name: meeting.secretary ?? word('minutes/name-to-fill'), box: true },
  ];
}
