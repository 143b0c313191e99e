import type { ActionFigures, PartnerFigures } from '../../derive/types.js';
import type { Entity, Partner } from '../../model/types.js';
import { commitmentTable } from './commitmentRows.js';
import { figureData } from './figureData.js';
import type { SiteContext } from './siteContext.js';
import { partnerFundingSection } from '../money/siteFunding.js';
import type { Block, Cell, SitePage } from './sitePage.js';
import { PARTNER_ROLE_WORDS } from '../../i18n/vocabulary.js';

/** One partner: who represents it, what it leads and contributes to, the actions it owns. */
export function partnerPage(ctx: SiteContext, partner: PartnerFigures, entity: Entity<Partner> | undefined): SitePage {
  const { word } = ctx;
  const data = entity?.data;
  const facts: { label: string; value: string }[] = [
    { label: word('role'), value: PARTNER_ROLE_WORDS[partner.role][ctx.lang] },
  ];
  if (data?.representative)
    facts.push({
      label: word('representative'),
      value: [data.representative.name, data.representative.title ? `, ${data.representative.title}` : ''].join(''),
    });
  if (data?.territory) facts.push({ label: word('territory'), value: data.territory });
  if (data?.joined_on) facts.push({ label: word('joinedOn'), value: ctx.date(data.joined_on) });
  if (data?.left_on) facts.push({ label: word('leftOn'), value: ctx.date(data.left_on) });
  const figures: Block = {
    kind: 'table',
    caption: word('dashboard'),
    empty: ctx.brief.none,
    columns: [
      { label: word('led'), align: 'right' },
      { label: word('contributed'), align: 'right' },
      { label: word('late'), align: 'right' },
      { label: word('progress'), align: 'right' },
      { label: word('openActions'), align: 'right' },
      { label: word('overdueActions'), align: 'right' },
    ],
    rows: [
      [
        {
          content: String(partner.led),
          align: 'right',
          data: { figure: 'partner-led', partner: partner.id, value: partner.led },
        },
        {
          content: String(partner.contributed),
          align: 'right',
          data: { figure: 'partner-contributed', partner: partner.id, value: partner.contributed },
        },
        {
          content: String(partner.late),
          align: 'right',
          tone: partner.late > 0 ? 'red' : undefined,
          data: { figure: 'partner-late', partner: partner.id, value: partner.late },
        },
        {
          content: ctx.groupProgress(partner),
          align: 'right',
          data: {
            figure: 'partner-progress',
            partner: partner.id,
            value: figureData(partner.progress),
            unknown: partner.unknown,
          },
        },
        {
          content: String(partner.openActions),
          align: 'right',
          data: { figure: 'partner-open-actions', partner: partner.id, value: partner.openActions },
        },
        {
          content: String(partner.overdueActions),
          align: 'right',
          tone: partner.overdueActions > 0 ? 'red' : undefined,
          data: { figure: 'partner-overdue-actions', partner: partner.id, value: partner.overdueActions },
        },
      ],
    ],
  };
  const led = ctx.figures.commitments.filter((commitment) => commitment.lead === partner.id);
  const contributed = ctx.figures.commitments.filter((commitment) => commitment.partners.includes(partner.id));
  const actions = ctx.figures.actions.filter((action) => action.owner === partner.id);
  return {
    ref: { kind: 'partner', id: partner.id },
    lang: ctx.lang,
    title: partner.name,
    lead: partner.shortName !== partner.name ? partner.shortName : undefined,
    edit: entity ? ctx.edit(entity.file) : undefined,
    sections: [
      { id: 'partner', title: word('partner'), blocks: [{ kind: 'facts', items: facts }, figures] },
      { id: 'led', title: word('led'), blocks: [commitmentTable(ctx, word('led'), led)] },
      {
        id: 'contributed',
        title: word('contributed'),
        blocks: [commitmentTable(ctx, word('contributed'), contributed)],
      },
      { id: 'actions', title: word('actions'), blocks: [actionTable(ctx, actions)] },
      ...[partnerFundingSection(ctx, partner.id)].filter((section) => section !== null),
    ],
  };
}

/** Actions with their meeting, due date and state: on partner and meeting pages. */
export function actionTable(ctx: SiteContext, actions: readonly ActionFigures[]): Block {
  const { word } = ctx;
  return {
    kind: 'table',
    caption: word('actions'),
    empty: word('noActions'),
    columns: [
      { label: word('actions') },
      { label: word('owner') },
      { label: word('meeting') },
      { label: word('due') },
      { label: word('status') },
    ],
    rows: actions.map((action): Cell[] => [
      { content: action.commitment ? [action.text, ' — ', ctx.commitmentLink(action.commitment)] : action.text },
      { content: ctx.partnerLink(action.owner) },
      { content: { text: ctx.date(action.meetingDate), to: { kind: 'meeting', id: action.meeting } } },
      { content: ctx.date(action.due), tone: action.overdue ? 'red' : undefined },
      {
        content: [
          ctx.brief.actionStatus[action.status],
          action.closedOn ? ` (${ctx.date(action.closedOn)})` : '',
          action.overdue ? ` — ${word('overdue')}` : '',
        ].join(''),
      },
    ]),
  };
}
