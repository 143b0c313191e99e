/**
 * What the meeting documents share: the facts of the meeting (date, time,
 * place, chair) and its agenda, the previous minutes' approval first.
 */
import type { MeetingFigure } from '../../derive/types.js';
import { formatTime } from '../../i18n/formatTime.js';
import { frenchArticle } from '../../i18n/frenchArticle.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting } from '../../model/types.js';
import type { BriefContext } from '../brief/briefContext.js';
import type { Block } from '../document/document.js';
import { chairLine } from '../brief/sections/coverSection.js';
import { meetingMessage } from './meetingWords.js';

/** `14 h 30` or `de 14 h 30 à 16 h 30`; null without a time. */
export function timeText(meeting: Meeting, ctx: BriefContext): string | null {
  if (!meeting.time) return null;
  const start = formatTime(meeting.time, ctx.lang);
  return meeting.end_time
    ? meetingMessage('time/range', ctx.lang, { start, end: formatTime(meeting.end_time, ctx.lang) })
    : start;
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
      const about = [
        ...(item.axis ? [ctx.axisLabel(item.axis)] : []),
        ...(item.commitments ?? []).map(ctx.commitmentTitle),
      ].join(', ');
      return about ? meetingMessage('agenda/about', ctx.lang, { title: item.title, about }) : item.title;
    }),
  ];
  if (items.length === 0) return { kind: 'paragraph', text: meetingMessage('agenda/empty', ctx.lang), tone: 'muted' };
  return { kind: 'list', ordered: true, items };
}

/** « du Comité territorial » / « of the Comité territorial »: the committee after a noun. */
export function ofCommittee(committee: string, lang: Lang): string {
  return lang === 'fr' ? frenchArticle(committee, 'de') : `of the ${committee}`;
}

/** The meeting in a sentence, its title said once: « du Comité territorial », or « « Bilan 2026 » du Comité territorial ». */
export function meetingPhrase(title: string, committee: string, lang: Lang): string {
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase(lang) === b.trim().toLocaleLowerCase(lang);
  if (same(title, committee) || title.toLocaleLowerCase(lang).includes(committee.toLocaleLowerCase(lang)))
    return ofCommittee(title, lang);
  return lang === 'fr' ? `« ${title} » ${ofCommittee(committee, lang)}` : `"${title}" ${ofCommittee(committee, lang)}`;
}

/** « de la convention de partenariat pour … » / « of the Convention … »: the convention named, its title not repeating the word. */
export function conventionPhrase(title: string, lang: Lang): string {
  const trimmed = title.trim();
  if (lang === 'fr') {
    return /^convention\b/i.test(trimmed)
      ? ` de la ${trimmed.charAt(0).toLocaleLowerCase('fr')}${trimmed.slice(1)}`
      : ` de la convention « ${trimmed} »`;
  }
  return /^(the\s+)?(convention|agreement|partnership)\b/i.test(trimmed)
    ? ` of the ${trimmed.replace(/^the\s+/i, '')}`
    : ` of the convention "${trimmed}"`;
}

/** « à Morlaix Communauté », « à l’Hôtel de territoire » / « at … ». */
export function placePhrase(place: string, lang: Lang): string {
  return lang === 'fr' ? frenchArticle(place, 'à') : `at ${place}`;
}

/** « de 14 h 30 à 16 h 30 », « à 14 h 30 » / « from 14:30 to 16:30 », « at 14:30 »; null without a time. */
export function letterTime(meeting: Meeting, lang: Lang): string | null {
  if (!meeting.time) return null;
  const start = formatTime(meeting.time, lang);
  return meeting.end_time
    ? meetingMessage('letter/time-range', lang, { start, end: formatTime(meeting.end_time, lang) })
    : meetingMessage('letter/time-at', lang, { start });
}
