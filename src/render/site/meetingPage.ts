import { formatTime } from '../../i18n/formatTime.js';
import { attendeeLines } from '../../derive/attendeeLines.js';
import type { Entity, Meeting } from '../../model/types.js';
import { actionTable } from './partnerPage.js';
import type { SiteContext } from './siteContext.js';
import type { Inline, PageSection, SitePage } from './sitePage.js';
import { MEETING_KIND_WORDS, MEETING_STATUS_WORDS } from '../../i18n/vocabulary.js';

/** One meeting: when and where, the agenda, who attended, decisions, actions and the minutes. */
export function meetingPage(ctx: SiteContext, entity: Entity<Meeting>): SitePage {
  const { word } = ctx;
  const meeting = entity.data;
  const facts: { label: string; value: Inline | Inline[] }[] = [
    { label: word('date'), value: ctx.date(meeting.date) },
    { label: word('kind'), value: MEETING_KIND_WORDS[meeting.kind][ctx.lang] },
    { label: word('meetingStatus'), value: MEETING_STATUS_WORDS[meeting.status][ctx.lang] },
  ];
  if (meeting.time)
    facts.push({
      label: word('time'),
      value: `${formatTime(meeting.time, ctx.lang)}${meeting.end_time ? `–${formatTime(meeting.end_time, ctx.lang)}` : ''}`,
    });
  if (meeting.place) facts.push({ label: word('place'), value: meeting.place });
  if (meeting.chair) facts.push({ label: word('chair'), value: ctx.partnerLink(meeting.chair) });
  const sections: PageSection[] = [
    { id: 'meeting', title: word('meeting'), blocks: [{ kind: 'facts', items: facts }] },
  ];
  if ((meeting.agenda ?? []).length > 0) {
    sections.push({
      id: 'agenda',
      title: word('agenda'),
      blocks: [
        {
          kind: 'links',
          empty: ctx.brief.none,
          items: (meeting.agenda ?? []).map((item): Inline => item.title),
        },
        ...((meeting.agenda ?? []).some((item) => (item.commitments ?? []).length > 0)
          ? [
              {
                kind: 'links' as const,
                empty: ctx.brief.none,
                items: [...new Set((meeting.agenda ?? []).flatMap((item) => item.commitments ?? []))].map((id) =>
                  ctx.commitmentLink(id),
                ),
              },
            ]
          : []),
      ],
    });
  }
  const attendees = attendeeLines(meeting);
  sections.push({
    id: 'attendance',
    title: word('attendance'),
    blocks: [
      {
        kind: 'table',
        caption: word('attendance'),
        empty: ctx.brief.none,
        columns: [{ label: word('partner') }, { label: word('attendance') }, { label: word('people') }],
        rows: attendees.map((attendee) => [
          { content: ctx.partnerLink(attendee.partner) },
          {
            content: attendee.present ? word('present') : attendee.excused ? word('excused') : word('absent'),
            tone: attendee.present ? 'green' : 'muted',
          },
          { content: (attendee.people ?? []).join(', ') || ctx.brief.none },
        ]),
      },
      ...((meeting.guests ?? []).length > 0
        ? [
            {
              kind: 'links' as const,
              empty: ctx.brief.none,
              items: (meeting.guests ?? []).map(
                (guest): Inline => (guest.organisation ? `${guest.name} (${guest.organisation})` : guest.name),
              ),
            },
          ]
        : []),
    ],
  });
  sections.push({
    id: 'decisions',
    title: word('decisions'),
    blocks: [
      {
        kind: 'table',
        caption: word('decisions'),
        empty: word('noDecisions'),
        columns: [{ label: word('decision') }, { label: word('commitments') }],
        // Numbered 1, 2, 3… in file order, as the minutes number them: the id is for the files, not for readers.
        rows: (meeting.decisions ?? []).map((decision, index) => [
          { content: word('decisionNumbered', { n: index + 1, text: decision.text }) },
          {
            content:
              (decision.commitments ?? []).length > 0
                ? (decision.commitments ?? []).flatMap((id, index) =>
                    index > 0 ? [', ', ctx.commitmentLink(id)] : [ctx.commitmentLink(id)],
                  )
                : ctx.brief.none,
          },
        ]),
      },
    ],
  });
  sections.push({
    id: 'actions',
    title: word('actions'),
    blocks: [
      actionTable(
        ctx,
        ctx.figures.actions.filter((action) => action.meeting === meeting.id),
      ),
    ],
  });
  sections.push({
    id: 'minutes',
    title: word('minutes'),
    blocks: entity.body.trim()
      ? [{ kind: 'markdown', source: entity.body }]
      : [{ kind: 'paragraph', content: [word('noMinutes')], tone: 'muted' }],
  });
  return {
    ref: { kind: 'meeting', id: meeting.id },
    lang: ctx.lang,
    title: meeting.title,
    lead: `${ctx.date(meeting.date)} — ${MEETING_STATUS_WORDS[meeting.status][ctx.lang]}`,
    edit: ctx.edit(entity.file),
    sections,
  };
}
