import { formatTime } from '../../i18n/formatTime.js';
import { progressBars } from '../svg/progressBars.js';
import { datedFacts } from './datedFacts.js';
import { figureData } from './figureData.js';
import type { SiteContext } from './siteContext.js';
import type { Block, Cell, PageSection, SitePage } from './sitePage.js';
import { PARTNER_ROLE_WORDS } from '../../i18n/vocabulary.js';

/** How many facts the home page lists (the feed carries more). */
const LATEST = 12;

/** The convention, its partners and axes, the dashboard, the next meeting and the latest changes. */
export function homePage(ctx: SiteContext): SitePage {
  const { figures, word } = ctx;
  const convention = ctx.roadmap.convention?.data;
  const facts: { label: string; value: string }[] = [];
  if (convention) {
    facts.push({ label: word('signedOn'), value: ctx.date(convention.signed_on) });
    if (convention.place) facts.push({ label: word('place'), value: convention.place });
    if (convention.territory) facts.push({ label: word('territory'), value: convention.territory });
    if (convention.horizon) facts.push({ label: word('horizon'), value: ctx.date(convention.horizon) });
    facts.push({ label: word('committee'), value: convention.committee.name });
  }
  const conventionBlocks: Block[] = [{ kind: 'facts', items: facts }];
  if (convention?.summary) conventionBlocks.push({ kind: 'paragraph', content: [convention.summary] });

  const partnerRows: Cell[][] = ctx.roadmap.partners
    .map((entity) => entity.data)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((partner) => [
      { content: { text: partner.name, to: { kind: 'partner', id: partner.id } } },
      { content: PARTNER_ROLE_WORDS[partner.role][ctx.lang] },
      {
        content: partner.representative
          ? [partner.representative.name, partner.representative.title ? `, ${partner.representative.title}` : ''].join(
              '',
            )
          : ctx.brief.none,
      },
    ]);

  const axisRows: Cell[][] = figures.axes.map((axis): Cell[] => [
    { content: String(axis.number), align: 'right' },
    { content: { text: axis.title, to: { kind: 'axis', id: axis.id } } },
    {
      content: ctx.groupProgress(axis),
      align: 'right',
      data: { figure: 'axis-progress', axis: axis.id, value: figureData(axis.progress), unknown: axis.unknown },
    },
    {
      content: ctx.brief.health[axis.health],
      tone: axis.health,
      data: { figure: 'axis-health', axis: axis.id, value: axis.health },
    },
    {
      content: String(axis.commitments),
      align: 'right',
      data: { figure: 'axis-commitments', axis: axis.id, value: axis.commitments },
    },
    { content: String(axis.done), align: 'right', data: { figure: 'axis-done', axis: axis.id, value: axis.done } },
    {
      content: String(axis.late),
      align: 'right',
      tone: axis.late > 0 ? 'red' : undefined,
      data: { figure: 'axis-late', axis: axis.id, value: axis.late },
    },
  ]);
  const chart = progressBars(
    figures.axes.map((axis) => ({
      label: `${axis.number}. ${axis.shortTitle}`,
      percent: axis.progress,
      valueText: ctx.groupProgress(axis),
      tone: axis.health,
    })),
    word('dashboard'),
  );

  const next = figures.meetings.next;
  const nextMeeting = next ? ctx.roadmap.meetings.find((entity) => entity.data.id === next.id)?.data : undefined;
  const nextBlocks: Block[] = next
    ? [
        {
          kind: 'facts',
          items: [
            { label: word('meeting'), value: ctx.meetingLink(next) },
            {
              label: word('date'),
              value: [
                ctx.date(next.date),
                nextMeeting?.time
                  ? ` — ${formatTime(nextMeeting.time, ctx.lang)}${nextMeeting.end_time ? `–${formatTime(nextMeeting.end_time, ctx.lang)}` : ''}`
                  : '',
              ].join(''),
            },
            ...(nextMeeting?.place ? [{ label: word('place'), value: nextMeeting.place }] : []),
          ],
        },
      ]
    : [{ kind: 'paragraph', content: [word('noNextMeeting')], tone: 'muted' }];

  const sections: PageSection[] = [
    { id: 'convention', title: word('convention'), blocks: conventionBlocks },
    {
      id: 'dashboard',
      title: word('dashboard'),
      blocks: [
        { kind: 'chart', svg: chart, caption: ctx.brief.dashboard.chartProgress },
        {
          kind: 'table',
          caption: word('axes'),
          empty: ctx.brief.none,
          columns: [
            { label: '#', align: 'right' },
            { label: word('axis') },
            { label: word('progress'), align: 'right' },
            { label: word('health') },
            { label: word('commitments'), align: 'right' },
            { label: word('done'), align: 'right' },
            { label: word('late'), align: 'right' },
          ],
          rows: axisRows,
        },
      ],
    },
    {
      id: 'partners',
      title: word('partners'),
      blocks: [
        {
          kind: 'table',
          caption: word('partners'),
          empty: ctx.brief.none,
          columns: [{ label: word('partner') }, { label: word('role') }, { label: word('representative') }],
          rows: partnerRows,
        },
      ],
    },
    { id: 'next-meeting', title: word('nextMeeting'), blocks: nextBlocks },
    {
      id: 'latest',
      title: word('latestChanges'),
      blocks: [
        {
          kind: 'timeline',
          empty: word('noChanges'),
          items: datedFacts(ctx, LATEST).map((fact) => ({
            date: fact.date,
            content: [{ text: fact.text, to: fact.to }],
          })),
        },
        { kind: 'paragraph', content: [{ text: word('feed'), to: { kind: 'feed' } }] },
      ],
    },
  ];
  return {
    ref: { kind: 'home' },
    lang: ctx.lang,
    title: convention?.title ?? word('home'),
    lead: word('asOf', { date: figures.asOf }),
    edit: ctx.edit('convention.yaml'),
    sections,
  };
}
