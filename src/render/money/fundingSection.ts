/**
 * « Plan de financement et exécution », the brief's money section: per axis and per funder, the
 * sums (docs/reference/money.md) as of the brief's date with what was committed and paid since the previous held
 * meeting (inclusive), then those entries one by one. Every figure from derive/money; left out
 * when no commitment has a budget.
 */
import { fundingSince, type MoneyMoves } from '../../derive/money/fundingSince.js';
import type { FundingFigures, MoneySums } from '../../derive/money/types.js';
import { formatMoney } from '../../i18n/formatMoney.js';
import type { Block, Cell, Column, Section } from '../document/document.js';
import type { BriefContext } from '../brief/briefContext.js';
import { moneyWords } from './moneyWords.js';

export function fundingSection(ctx: BriefContext, funding: FundingFigures, since: string | null): Section | null {
  if (!funding.any) return null;
  const words = moneyWords(ctx.lang);
  const c = words.columns;
  const show = (cents: bigint | null) =>
    cents === null ? ctx.words.none : formatMoney(cents, funding.currency, ctx.lang);
  const moves = fundingSince(funding, since);
  const right = (label: string): Column => ({ label, align: 'right' });
  const sinceColumns = [right(c.committedSince), right(c.paidSince)];
  const movedCells = (moved: MoneyMoves | undefined): Cell[] => [
    { text: show(moved?.committed ?? 0n) },
    { text: show(moved?.paid ?? 0n) },
  ];
  const sumCells = (row: MoneySums): Cell[] => [
    { text: show(row.cost) },
    { text: show(row.planned) },
    { text: show(row.gap) },
    { text: show(row.committed) },
    { text: show(row.paid) },
    { text: ctx.percent(row.committedRate) },
    { text: ctx.percent(row.paidRate) },
  ];
  const sumColumns = [
    right(c.cost),
    right(c.planned),
    right(c.gap),
    right(c.committed),
    right(c.paid),
    right(c.committedRate),
    right(c.paidRate),
  ];

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: words.brief.intro(ctx.date(ctx.figures.asOf), since === null ? null : ctx.date(since)),
      tone: 'muted',
    },
    {
      kind: 'table',
      caption: words.sheets.axes,
      columns: [{ label: c.axis }, ...sumColumns, ...sinceColumns],
      rows: [
        ...funding.axes.map((axis) => [
          { text: `${axis.number}. ${axis.shortTitle}` },
          ...sumCells(axis),
          ...movedCells(moves.axes.get(axis.id)),
        ]),
        [{ text: words.total }, ...sumCells(funding.total), ...movedCells(moves.total)],
      ],
    },
    {
      kind: 'table',
      caption: words.sheets.funders,
      columns: [
        { label: c.funder },
        right(c.planned),
        right(c.committed),
        right(c.paid),
        right(c.committedRate),
        right(c.paidRate),
        ...sinceColumns,
      ],
      rows: funding.funders.map((funder) => [
        { text: ctx.partner(funder.partner) },
        { text: show(funder.planned) },
        { text: show(funder.committed) },
        { text: show(funder.paid) },
        { text: ctx.percent(funder.committedRate) },
        { text: ctx.percent(funder.paidRate) },
        ...movedCells(moves.funders.get(funder.partner)),
      ]),
    },
  ];
  if (since !== null) {
    blocks.push({ kind: 'heading', text: words.brief.movesTitle(ctx.date(since)) });
    blocks.push(
      moves.entries.length === 0
        ? { kind: 'paragraph', text: words.brief.noMoves(ctx.date(since)), tone: 'muted' }
        : {
            kind: 'table',
            columns: [
              { label: c.date },
              { label: c.commitment },
              { label: c.funder },
              { label: c.kind },
              right(c.amount),
              { label: c.ref },
            ],
            rows: moves.entries.map((entry) => [
              { text: ctx.date(entry.date) },
              { text: ctx.commitmentTitle(entry.commitment) },
              { text: ctx.partner(entry.partner) },
              { text: words.kind[entry.kind] },
              { text: show(entry.amount) },
              { text: entry.ref ?? '' },
            ]),
          },
    );
  }
  return { id: 'funding', title: words.brief.title, blocks };
}
