import { invitedPartners } from '../../derive/invitedPartners.js';
import { previousHeldMeeting } from '../../derive/previousHeldMeeting.js';
import { quorum } from '../../derive/quorum.js';
import type { Figures } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import { briefContext, cell } from '../brief/briefContext.js';
import type { Block, Document, Section } from '../document/document.js';
import { agendaBlock, meetingFacts } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

/**
 * The procès-verbal of a held meeting: who was present, excused or absent and
 * whether the quorum was reached, the approval of the previous minutes, the
 * agenda, the decisions, the actions with their owners, due dates and state
 * as of the date, and the minutes the meeting's file holds.
 */
export function buildMinutes(roadmap: Roadmap, figures: Figures, entity: Entity<Meeting>, lang: Lang): Document {
  const meeting = entity.data;
  const ctx = briefContext(roadmap, figures, lang);
  const word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) => meetingMessage(key, lang, params);
  const partners = roadmap.partners.map((partner) => partner.data);
  const previous = previousHeldMeeting(figures, meeting);
  const count = quorum(meeting, partners);
  const attendance = invitedPartners(partners, meeting).map(({ partner }) => {
    const attendee = meeting.attendees?.find((candidate) => candidate.partner === partner.id);
    const state = attendee?.present ? 'minutes/present' : attendee?.excused ? 'minutes/excused' : 'minutes/absent';
    return [cell(partner.name), cell((attendee?.people ?? []).join(', ')), cell(word(state), attendee?.present ? 'green' : state === 'minutes/excused' ? 'muted' : 'red')];
  });
  const guests = (meeting.guests ?? []).map((guest) => (guest.organisation ? `${guest.name} (${guest.organisation})` : guest.name));
  const decisions = meeting.decisions ?? [];
  const actions = figures.actions.filter((action) => action.meeting === meeting.id);
  const muted = (text: string): Block => ({ kind: 'paragraph', text, tone: 'muted' });
  const sections: Section[] = [
    {
      id: 'attendance',
      title: word('minutes/attendance'),
      blocks: [
        { kind: 'table', columns: [{ label: word('column/organisation') }, { label: word('column/represented-by') }, { label: word('column/attendance') }], rows: attendance },
        { kind: 'paragraph', text: word(count.reached ? 'minutes/quorum-reached' : 'minutes/quorum-missed', { present: count.present, members: count.members, needed: count.needed }), tone: count.reached ? 'green' : 'red' },
        ...(guests.length > 0 ? [{ kind: 'paragraph' as const, text: word('minutes/guests', { list: guests.join(', ') }) }] : []),
      ],
    },
    { id: 'approval', title: word('minutes/approval'), blocks: [previous ? { kind: 'paragraph', text: word('minutes/approval-text', { date: previous.date }) } : muted(word('minutes/no-previous'))] },
    { id: 'agenda', title: word('agenda/title'), blocks: [agendaBlock(meeting, previous, ctx)] },
    {
      id: 'decisions',
      title: word('minutes/decisions'),
      blocks: [decisions.length === 0 ? muted(word('minutes/no-decision')) : {
        kind: 'table',
        columns: [{ label: word('column/decision') }, { label: word('column/about') }],
        rows: decisions.map((decision) => [
          cell(decision.text),
          cell([...(decision.axes ?? []).map(ctx.axisLabel), ...(decision.commitments ?? []).map(ctx.commitmentTitle)].join('\n')),
        ]),
      }],
    },
    {
      id: 'actions',
      title: word('minutes/actions'),
      blocks: [actions.length === 0 ? muted(word('minutes/no-action')) : {
        kind: 'table',
        columns: [{ label: word('column/action') }, { label: word('column/owner') }, { label: word('column/due') }, { label: word('column/state', { date: figures.asOf }) }],
        rows: actions.map((action) => [
          cell(action.text), cell(ctx.partnerName(action.owner)), cell(ctx.date(action.due), action.overdue ? 'red' : undefined),
          cell(ctx.words.actionStatus[action.status], action.overdue ? 'red' : undefined),
        ]),
      }],
    },
    { id: 'minutes', title: word('minutes/body'), blocks: [entity.body.trim() ? { kind: 'markdown', source: entity.body } : muted(word('minutes/no-body'))] },
  ];
  return {
    lang,
    generator: 'meeting minutes',
    layout: 'letter',
    title: `${word('minutes/kicker')} — ${meeting.title}`,
    cover: { kicker: word('minutes/kicker'), title: meeting.title, subtitle: '', facts: meetingFacts(meeting, ctx), note: word('minutes/note') },
    contents: '',
    sections,
    footer: word('minutes/footer', { title: meeting.title, date: meeting.date }),
  };
}
