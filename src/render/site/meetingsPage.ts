import type { SiteContext } from './siteContext.js';
import type { SitePage } from './sitePage.js';
import { MEETING_KIND_WORDS, MEETING_STATUS_WORDS } from '../../i18n/vocabulary.js';

/** Every meeting, newest first. */
export function meetingsPage(ctx: SiteContext): SitePage {
  const { word } = ctx;
  const meetings = ctx.roadmap.meetings
    .map((entity) => entity.data)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
  return {
    ref: { kind: 'meetings' },
    lang: ctx.lang,
    title: word('meetings'),
    sections: [
      {
        id: 'meetings',
        title: word('meetings'),
        blocks: [
          {
            kind: 'table',
            caption: word('meetings'),
            empty: ctx.brief.none,
            columns: [
              { label: word('date') },
              { label: word('meeting') },
              { label: word('kind') },
              { label: word('meetingStatus') },
            ],
            rows: meetings.map((meeting) => [
              { content: ctx.date(meeting.date) },
              { content: ctx.meetingLink(meeting) },
              { content: MEETING_KIND_WORDS[meeting.kind][ctx.lang] },
              {
                content: MEETING_STATUS_WORDS[meeting.status][ctx.lang],
                tone: meeting.status === 'planned' ? undefined : 'muted',
              },
            ]),
          },
        ],
      },
    ],
  };
}
