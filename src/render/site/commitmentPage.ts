import type { CommitmentFigures, IndicatorFigures } from '../../derive/types.js';
import type { Commitment, Entity } from '../../model/types.js';
import { trendLine } from '../svg/trendLine.js';
import { figureData } from './figureData.js';
import type { SiteContext } from './siteContext.js';
import type { Block, Inline, PageSection, SitePage } from './sitePage.js';

/**
 * One commitment: its figures, description, milestones, indicators against
 * their expected trajectory, journal, postponements, and the meetings and
 * decisions that mention it.
 */
export function commitmentPage(
  ctx: SiteContext,
  commitment: CommitmentFigures,
  entity: Entity<Commitment> | undefined,
  indicators: readonly IndicatorFigures[],
): SitePage {
  const { word } = ctx;
  const axis = ctx.figures.axes.find((candidate) => candidate.id === commitment.axis);
  const facts: { label: string; value: Inline | Inline[] }[] = [
    {
      label: word('axis'),
      value: axis
        ? { text: word('axisTitle', { number: axis.number, title: axis.title }), to: { kind: 'axis', id: axis.id } }
        : commitment.axis,
    },
    { label: word('lead'), value: ctx.partnerLink(commitment.lead) },
    {
      label: word('contributors'),
      value:
        commitment.partners.length > 0
          ? commitment.partners.flatMap((id, index) =>
              index > 0 ? [', ', ctx.partnerLink(id)] : [ctx.partnerLink(id)],
            )
          : ctx.brief.none,
    },
    { label: word('status'), value: ctx.brief.status[commitment.status] },
    { label: word('progress'), value: ctx.commitmentProgress(commitment) },
    { label: word('start'), value: ctx.date(entity?.data.start) },
    {
      label: word('due'),
      value: [
        ctx.date(commitment.due),
        commitment.late ? ` (${word('daysLate', { days: commitment.daysLate })})` : '',
      ].join(''),
    },
    { label: word('lastReported'), value: ctx.date(commitment.lastReported) },
  ];
  const sections: PageSection[] = [
    { id: 'figures', title: word('dashboard'), blocks: [{ kind: 'facts', items: facts }] },
  ];
  if (entity?.body.trim())
    sections.push({
      id: 'description',
      title: word('description'),
      blocks: [{ kind: 'markdown', source: entity.body }],
    });
  sections.push({
    id: 'milestones',
    title: word('milestones'),
    blocks: [
      {
        kind: 'table',
        caption: word('milestones'),
        empty: ctx.brief.none,
        columns: [{ label: word('milestone') }, { label: word('due') }, { label: word('doneOn') }],
        rows: commitment.milestones.map((milestone) => [
          { content: milestone.title },
          { content: ctx.date(milestone.due), tone: milestone.late ? 'red' : undefined },
          {
            content: milestone.doneOn
              ? ctx.date(milestone.doneOn)
              : milestone.late
                ? word('lateMark')
                : word('notDone'),
            tone: milestone.late ? 'red' : milestone.done ? 'green' : 'muted',
          },
        ]),
      },
    ],
  });
  if (indicators.length > 0)
    sections.push({
      id: 'indicators',
      title: word('indicators'),
      blocks: indicators.flatMap((indicator) => indicatorBlocks(ctx, indicator)),
    });
  sections.push({
    id: 'journal',
    title: word('journal'),
    blocks: [
      {
        kind: 'timeline',
        empty: word('noJournal'),
        items: [...commitment.journal].reverse().map((entry) => ({
          date: entry.date,
          content: [entry.text],
          note:
            [entry.status ? ctx.brief.status[entry.status] : '', entry.due ? word('dueNote', { date: entry.due }) : '']
              .filter(Boolean)
              .join(' — ') || undefined,
        })),
      },
    ],
  });
  const postponements = commitment.journal.filter((entry) => entry.due !== null);
  sections.push({
    id: 'postponements',
    title: word('postponements'),
    blocks: [
      {
        kind: 'table',
        caption: word('postponements'),
        empty: word('noPostponements'),
        columns: [
          { label: word('date') },
          { label: word('previousDue') },
          { label: word('newDue') },
          { label: word('decision') },
        ],
        rows: postponements.map((entry) => [
          { content: ctx.date(entry.date) },
          { content: ctx.date(entry.previousDue) },
          { content: ctx.date(entry.due) },
          { content: entry.decision === null ? ctx.brief.none : decisionLink(ctx, entry.decision) },
        ]),
      },
    ],
  });
  const mentions = ctx.mentions(commitment.id);
  sections.push({
    id: 'mentions',
    title: word('mentions'),
    blocks: [
      {
        kind: 'timeline',
        empty: word('noMentions'),
        items: mentions.map((mention) => ({
          date: mention.meeting.date,
          content: [ctx.meetingLink(mention.meeting)],
          note:
            [
              mention.agenda ? word('agendaItem') : '',
              ...mention.decisions.map((decision) =>
                word('decisionNote', { n: decisionNumber(ctx, decision.id), text: decision.text }),
              ),
              ...mention.actions.map((action) => word('actionNote', { text: action })),
            ]
              .filter(Boolean)
              .join(' — ') || undefined,
        })),
      },
    ],
  });
  return {
    ref: { kind: 'commitment', id: commitment.id },
    lang: ctx.lang,
    title: commitment.title,
    lead: `${ctx.brief.status[commitment.status]} — ${word('progress')} ${ctx.commitmentProgress(commitment)}`,
    edit: entity ? ctx.edit(entity.file) : undefined,
    sections,
  };
}

function indicatorBlocks(ctx: SiteContext, indicator: IndicatorFigures): Block[] {
  const { word } = ctx;
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const value = (number: number): string => `${ctx.number(number)}${unit}`;
  const chart = trendLine({
    title: indicator.label,
    baseline: indicator.baseline,
    target: indicator.target,
    series: indicator.series,
    formatValue: (number) => ctx.number(number),
    words: { target: word('target'), baseline: word('baseline') },
  });
  const tone = indicator.attainment === null ? undefined : indicator.behind ? ('amber' as const) : ('green' as const);
  return [
    { kind: 'chart', svg: chart, caption: word('chartIndicator', { label: indicator.label }) },
    {
      kind: 'table',
      caption: indicator.label,
      empty: ctx.brief.none,
      columns: [
        { label: word('baseline') },
        { label: word('target') },
        { label: word('latest') },
        { label: word('attainment'), align: 'right' },
        { label: word('expected'), align: 'right' },
      ],
      rows: [
        [
          { content: `${value(indicator.baseline.value)} (${ctx.date(indicator.baseline.date)})` },
          { content: `${value(indicator.target.value)} (${ctx.date(indicator.target.date)})` },
          {
            content: indicator.latest
              ? `${value(indicator.latest.value)} (${ctx.date(indicator.latest.date)})`
              : ctx.brief.none,
            data: {
              figure: 'indicator-latest',
              commitment: indicator.commitment,
              indicator: indicator.id,
              value: indicator.latest?.value ?? null,
            },
          },
          {
            content: [
              ctx.percent(indicator.attainment),
              tone ? ` — ${indicator.behind ? word('behind') : word('onTrack')}` : '',
            ].join(''),
            align: 'right',
            tone,
            data: {
              figure: 'indicator-attainment',
              commitment: indicator.commitment,
              indicator: indicator.id,
              value: figureData(indicator.attainment),
            },
          },
          {
            content: ctx.percent(indicator.expected),
            align: 'right',
            data: {
              figure: 'indicator-expected',
              commitment: indicator.commitment,
              indicator: indicator.id,
              value: figureData(indicator.expected),
            },
          },
        ],
      ],
    },
    {
      kind: 'table',
      caption: `${word('measures')} — ${indicator.label}`,
      empty: ctx.brief.none,
      columns: [{ label: word('date') }, { label: word('measures'), align: 'right' }, { label: word('source') }],
      rows: indicator.series.map((point) => [
        { content: ctx.date(point.date) },
        { content: value(point.value), align: 'right' },
        { content: point.source ?? ctx.brief.none },
      ]),
    },
  ];
}

/** The meeting that took a decision, and the decision's number there (1-based, file order); undefined for an unknown id. */
function decisionPlace(
  ctx: SiteContext,
  id: string,
): { meeting: { id: string; title: string; date: string }; n: number } | undefined {
  for (const { data: meeting } of ctx.roadmap.meetings) {
    const index = (meeting.decisions ?? []).findIndex((decision) => decision.id === id);
    if (index >= 0) return { meeting, n: index + 1 };
  }
  return undefined;
}

function decisionNumber(ctx: SiteContext, id: string): string {
  return String(decisionPlace(ctx, id)?.n ?? id);
}

/** « décision du comité du 3 décembre 2026 », linked to that meeting's page. */
function decisionLink(ctx: SiteContext, id: string): Inline {
  const place = decisionPlace(ctx, id);
  return place
    ? {
        text: ctx.word('decisionOf', { date: ctx.date(place.meeting.date) }),
        to: { kind: 'meeting', id: place.meeting.id },
      }
    : id;
}
