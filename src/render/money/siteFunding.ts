/**
 * The money section of the site's axis and partner pages: the axis's sums (docs/reference/money.md) and its
 * budgeted commitments, or what a partner funds, commitment by commitment. Every figure from
 * derive/money; each amount cell carries the JSON report's number in `data-*` attributes.
 */
import type { CommitmentMoney, FundingFigures, MoneySums } from '../../derive/money/types.js';
import { centsToDecimal, formatMoney } from '../../i18n/formatMoney.js';
import type { SiteContext } from '../site/siteContext.js';
import type { Cell, Column, PageSection } from '../site/sitePage.js';
import { moneyWords } from './moneyWords.js';
import { figureData } from '../site/figureData.js';

export function axisFundingSection(ctx: SiteContext, axisId: string): PageSection | null {
  const funding = ctx.figures.funding;
  const axis = funding.axes.find((row) => row.id === axisId);
  if (!axis) return null;
  const words = moneyWords(ctx.lang);
  const cells = moneyCells(ctx, funding);
  const commitments = funding.commitments.filter((row) => row.axis === axisId && !row.cancelled);
  return {
    id: 'funding',
    title: words.site.title,
    blocks: [
      { kind: 'paragraph', content: [words.site.axisIntro(ctx.date(ctx.figures.asOf))], tone: 'muted' },
      {
        kind: 'table',
        caption: words.sheets.axes,
        empty: words.site.none,
        columns: sumColumns(ctx),
        rows: [cells.sums(axis, `axis-${axisId}`)],
      },
      {
        kind: 'table',
        caption: words.sheets.commitments,
        empty: words.site.none,
        columns: [{ label: words.columns.commitment }, ...sumColumns(ctx)],
        rows: commitments.map((row) => [
          { content: ctx.commitmentLink(row.id) },
          ...cells.sums(row, `commitment-${row.id}`),
        ]),
      },
    ],
  };
}

export function partnerFundingSection(ctx: SiteContext, partnerId: string): PageSection | null {
  const funding = ctx.figures.funding;
  const funder = funding.funders.find((row) => row.partner === partnerId);
  if (!funder) return null;
  const words = moneyWords(ctx.lang);
  const c = words.columns;
  const cells = moneyCells(ctx, funding);
  const shareColumns: Column[] = [c.planned, c.committed, c.paid, c.committedRate, c.paidRate].map((label) => ({
    label,
    align: 'right',
  }));
  const shares = funding.commitments
    .filter((row) => !row.cancelled)
    .flatMap((row: CommitmentMoney) =>
      row.funders.filter((share) => share.partner === partnerId).map((share) => ({ row, share })),
    );
  return {
    id: 'funding',
    title: words.site.title,
    blocks: [
      { kind: 'paragraph', content: [words.site.partnerIntro(ctx.date(ctx.figures.asOf))], tone: 'muted' },
      {
        kind: 'table',
        caption: words.sheets.funders,
        empty: words.site.none,
        columns: shareColumns,
        rows: [cells.share(funder, `funder-${partnerId}`)],
      },
      {
        kind: 'table',
        caption: words.sheets.commitments,
        empty: words.site.none,
        columns: [{ label: c.commitment }, ...shareColumns],
        rows: shares.map(({ row, share }) => [
          { content: ctx.commitmentLink(row.id) },
          ...cells.share(share, `funder-${partnerId}-${row.id}`),
        ]),
      },
    ],
  };
}

function sumColumns(ctx: SiteContext): Column[] {
  const c = moneyWords(ctx.lang).columns;
  return [c.cost, c.planned, c.gap, c.committed, c.paid, c.committedRate, c.paidRate].map((label) => ({
    label,
    align: 'right',
  }));
}

function moneyCells(ctx: SiteContext, funding: FundingFigures) {
  const amount = (cents: bigint | null, figure: string): Cell => ({
    content: cents === null ? ctx.brief.none : formatMoney(cents, funding.currency, ctx.lang),
    align: 'right',
    data: { figure, value: cents === null ? null : centsToDecimal(cents) },
  });
  const rate = (value: number | null, figure: string): Cell => ({
    content: ctx.percent(value),
    align: 'right',
    data: { figure, value: figureData(value) },
  });
  return {
    sums: (row: MoneySums, scope: string): Cell[] => [
      amount(row.cost, `${scope}-cost`),
      amount(row.planned, `${scope}-planned`),
      amount(row.gap, `${scope}-gap`),
      amount(row.committed, `${scope}-committed`),
      amount(row.paid, `${scope}-paid`),
      rate(row.committedRate, `${scope}-committed-rate`),
      rate(row.paidRate, `${scope}-paid-rate`),
    ],
    share: (
      row: { planned: bigint; committed: bigint; paid: bigint; committedRate: number | null; paidRate: number | null },
      scope: string,
    ): Cell[] => [
      amount(row.planned, `${scope}-planned`),
      amount(row.committed, `${scope}-committed`),
      amount(row.paid, `${scope}-paid`),
      rate(row.committedRate, `${scope}-committed-rate`),
      rate(row.paidRate, `${scope}-paid-rate`),
    ],
  };
}
