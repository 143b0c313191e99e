import type { AxisFigures } from '../../derive/types.js';
import { reportReasonText } from '../report/reportReasonText.js';
import { reportContext } from '../report/reportContext.js';
import { statusBreakdown } from '../svg/statusBreakdown.js';
import { COMMITMENT_STATUSES, type Entity, type Axis } from '../../model/types.js';
import { commitmentTable } from './commitmentRows.js';
import type { SiteContext } from './siteContext.js';
import { axisFundingSection } from '../money/siteFunding.js';
import type { Block, SitePage } from './sitePage.js';

/** One strategic axis: its figures and why it has its colour, its description, its commitments. */
export function axisPage(ctx: SiteContext, axis: AxisFigures, entity: Entity<Axis> | undefined): SitePage {
  const { word } = ctx;
  const reasons = reportContext(ctx.figures, ctx.lang);
  const figures: Block = {
    kind: 'facts',
    items: [
      {
        label: word('leads'),
        value:
          axis.leads.length > 0
            ? axis.leads.flatMap((id, index) => (index > 0 ? [', ', ctx.partnerLink(id)] : [ctx.partnerLink(id)]))
            : ctx.brief.none,
      },
      { label: word('progress'), value: ctx.groupProgress(axis) },
      { label: word('health'), value: ctx.brief.health[axis.health] },
      { label: word('commitments'), value: String(axis.commitments) },
      { label: word('done'), value: String(axis.done) },
      { label: word('late'), value: String(axis.late) },
    ],
  };
  const blocks: Block[] = [
    figures,
    {
      kind: 'table',
      caption: word('health'),
      empty: ctx.brief.dashboard.allGood,
      columns: [{ label: word('reasons') }],
      rows: axis.healthReasons.map((reason) => [{ content: reportReasonText(reason, reasons), tone: axis.health }]),
    },
    {
      kind: 'chart',
      svg: statusBreakdown(
        COMMITMENT_STATUSES.map((status) => ({
          status,
          label: ctx.brief.status[status],
          count: axis.byStatus[status],
        })),
        ctx.brief.dashboard.chartStatus,
      ),
      caption: ctx.brief.dashboard.chartStatus,
    },
  ];
  const commitments = axis.commitmentIds
    .map((id) => ctx.commitment(id))
    .filter((commitment) => commitment !== undefined);
  return {
    ref: { kind: 'axis', id: axis.id },
    lang: ctx.lang,
    title: word('axisTitle', { number: axis.number, title: axis.title }),
    lead: word('axisLead', { progress: ctx.groupProgress(axis), health: ctx.brief.health[axis.health] }),
    edit: entity ? ctx.edit(entity.file) : undefined,
    sections: [
      { id: 'figures', title: word('dashboard'), blocks },
      ...(entity?.body.trim()
        ? [
            {
              id: 'description',
              title: word('description'),
              blocks: [{ kind: 'markdown' as const, source: entity.body }],
            },
          ]
        : []),
      {
        id: 'commitments',
        title: word('commitments'),
        blocks: [commitmentTable(ctx, word('commitments'), commitments)],
      },
      ...[axisFundingSection(ctx, axis.id)].filter((section) => section !== null),
    ],
  };
}
