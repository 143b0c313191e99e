/**
 * What the meeting documents share: the facts of the meeting (date, time,
 * place, chair) and its agenda, the previous minutes' approval first.
 */
import type { MeetingFigure } from '../../derive/types.js';
import { formatTime } from '../../i18n/formatTime.js';
import type { Meeting } from '../../model/types.js';
import type { BriefContext } from '../brief/briefContext.js';
import type { Block } from '../document/document.js';
import { chairLine } from '../brief/sections/coverSection.js';
import { meetingMessage } from './meetingWords.js';

/** `14 h 30` or `de 14 h 30 à 16 h 30`; null without a time. */
export function timeText(meeting: Meeting, ctx: BriefContext): string | null {
  if (!meeting.time) return null;
  const start = formatTime(meeting.time, ctx.lang);
  return meeting.end_time ? meetingMessage('time/range', ctx.lang, { start, end: formatTime(meeting.end_time, ctx.lang) }) : start;
}

export function chairOf(meeting: Meeting, ctx: BriefContext): string | undefined {
  return meeting.chair ?? ctx.roadmap.convention?.data.committee.chair;
}

export function meetingFacts(meeting: Meeting, ctx: BriefContext): { label: string; value: string }[] {
  const word = (key: Parameters<typeof meetingMessage>[0]) => meetingMessage(key, ctx.lang);
  const time = timeText(meeting, ctx);
  const chair = chairOf(meeting, ctx);
  const committee = ctx.roadmap.convention?.data.committee.name;
  return [
    ...(committee ? [{ label: word('fact/committee'), value: committee }] : []),
    { label: word('fact/date'), value: ctx.date(meeting.date) },
    ...(time ? [{ label: word('fact/time'), value: time }] : []),
    ...(meeting.place ? [{ label: word('fact/place'), value: meeting.place }] : []),
    ...(chair ? [{ label: word('fact/chair'), value: chairLine(ctx, chair) }] : []),
  ];
}

/** The agenda as a numbered list: approval of the previous minutes first (when there were any), then the items. */
export function agendaBlock(meeting: Meeting, previous: MeetingFigure | null, ctx: BriefContext): Block {
  const items = [
    ...(previous ? [meetingMessage('agenda/approve-minutes', ctx.lang, { date: previous.date })] : []),
    ...(meeting.agenda ?? []).map((item) => {
      const about = [...(item.axis ? [ctx.axisLabel(item.axis)] : []), ...(item.commitments ?? []).map(ctx.commitmentTitle)].join(', ');
      return about ? meetingMessage('agenda/about', ctx.lang, { title: item.title, about }) : item.title;
    }),
  ];
  if (items.length === 0) return { kind: 'paragraph', text: meetingMessage('agenda/empty', ctx.lang), tone: 'muted' };
  return { kind: 'list', ordered: true, items };
}
