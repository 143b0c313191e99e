/**
 * The money of `report --by funding` as sheets (render/sheet): per axis, per funder, per year,
 * per commitment, and the total. Amounts are typed money cells (exact cents), so that CSV and
 * workbooks get numbers and documents « 1 234,50 € ».
 */
import type { FundingFigures, MoneySums } from '../../derive/money/types.js';
import type { Lang } from '../../i18n/lang.js';
import { count, money, percent, text, type Cell, type Column, type Sheet } from '../sheet/sheet.js';
import { moneyWords, type MoneyWords } from './moneyWords.js';

export interface FundingNames {
  partnerName(id: string): string;
  commitmentTitle(id: string): string;
  axisTitle(id: string): string;
}

/** The five money columns every row of axes, commitments and the total carries. */
function sumColumns(words: MoneyWords): Column[] {
  const c = words.columns;
  return [
    { label: c.cost, numeric: true },
    { label: c.planned, numeric: true },
    { label: c.gap, numeric: true },
    { label: c.committed, numeric: true },
    { label: c.paid, numeric: true },
    { label: c.committedRate, numeric: true },
    { label: c.paidRate, numeric: true },
  ];
}

function sumCells(row: MoneySums, currency: string): Cell[] {
  return [
    money(row.cost, currency),
    money(row.planned, currency),
    money(row.gap, currency),
    money(row.committed, currency),
    money(row.paid, currency),
    percent(row.committedRate),
    percent(row.paidRate),
  ];
}

/**
 * `people` (terminal, markdown): the axes end on a total row. `workbook`: each table rectangular,
 * the total on a sheet of its own (for xlsx/ods). `table` (CSV of one view): one rectangular
 * table a program reads, a row per total, axis, funder, year and commitment, told apart by its
 * first two columns.
 */
export type FundingLayout = 'people' | 'workbook' | 'table';

export function fundingSheets(
  funding: FundingFigures,
  names: FundingNames,
  lang: Lang,
  layout: FundingLayout,
): Sheet[] {
  if (layout === 'table') return [fundingTable(funding, names, lang)];
  const forSpreadsheet = layout === 'workbook';
  const words = moneyWords(lang);
  const c = words.columns;
  const currency = funding.currency;
  const axes: Sheet = {
    title: words.sheets.axes,
    columns: [{ label: c.number, numeric: true }, { label: c.axis }, ...sumColumns(words)],
    rows: [
      ...funding.axes.map((axis) => [count(axis.number), text(axis.shortTitle), ...sumCells(axis, currency)]),
      ...(forSpreadsheet || funding.axes.length === 0
        ? []
        : [[text(''), text(words.total), ...sumCells(funding.total, currency)]]),
    ],
    notes: funding.any ? [words.notes(currency)] : [],
    empty: words.empty,
  };
  const funders: Sheet = {
    title: words.sheets.funders,
    columns: [
      { label: c.funder },
      { label: c.planned, numeric: true },
      { label: c.committed, numeric: true },
      { label: c.paid, numeric: true },
      { label: c.committedRate, numeric: true },
      { label: c.paidRate, numeric: true },
    ],
    rows: funding.funders.map((funder) => [
      text(names.partnerName(funder.partner)),
      money(funder.planned, currency),
      money(funder.committed, currency),
      money(funder.paid, currency),
      percent(funder.committedRate),
      percent(funder.paidRate),
    ]),
    empty: words.empty,
  };
  const years: Sheet = {
    title: words.sheets.years,
    columns: [{ label: c.year }, { label: c.committed, numeric: true }, { label: c.paid, numeric: true }],
    rows: funding.years.map((year) => [
      text(String(year.year)),
      money(year.committed, currency),
      money(year.paid, currency),
    ]),
    empty: words.empty,
  };
  const commitments: Sheet = {
    title: words.sheets.commitments,
    columns: [{ label: c.commitment }, { label: c.axis }, ...sumColumns(words)],
    rows: funding.commitments.map((row) => {
      const title = names.commitmentTitle(row.id);
      return [
        text(row.cancelled ? words.cancelled(title) : title),
        text(names.axisTitle(row.axis)),
        ...sumCells(row, currency),
      ];
    }),
    empty: words.empty,
  };
  const total: Sheet = {
    title: words.sheets.total,
    columns: sumColumns(words),
    rows: funding.any ? [sumCells(funding.total, currency)] : [],
    empty: words.empty,
  };
  return forSpreadsheet ? [total, axes, funders, years, commitments] : [axes, funders, years, commitments];
}

/** The long form: scope, id, label, year, then the sums (empty where a scope has none). */
function fundingTable(funding: FundingFigures, names: FundingNames, lang: Lang): Sheet {
  const words = moneyWords(lang);
  const c = words.columns;
  const currency = funding.currency;
  const none = money(null, currency);
  const row = (scope: string, id: string, label: string, year: number | null, sums: Cell[]): Cell[] => [
    text(scope),
    text(id),
    text(label),
    year === null ? text('') : count(year),
    ...sums,
  ];
  const funderCells = (f: FundingFigures['funders'][number]): Cell[] => [
    none,
    money(f.planned, currency),
    none,
    money(f.committed, currency),
    money(f.paid, currency),
    percent(f.committedRate),
    percent(f.paidRate),
  ];
  return {
    title: words.sheets.total,
    columns: [{ label: c.scope }, { label: c.id }, { label: c.label }, { label: c.year }, ...sumColumns(words)],
    rows: [
      row('total', '', words.total, null, sumCells(funding.total, currency)),
      ...funding.axes.map((axis) => row('axis', axis.id, axis.shortTitle, null, sumCells(axis, currency))),
      ...funding.funders.map((funder) =>
        row('funder', funder.partner, names.partnerName(funder.partner), null, funderCells(funder)),
      ),
      ...funding.years.map((year) =>
        row('year', '', '', year.year, [
          none,
          none,
          none,
          money(year.committed, currency),
          money(year.paid, currency),
          percent(null),
          percent(null),
        ]),
      ),
      ...funding.commitments.map((commitment) =>
        row(
          commitment.cancelled ? 'cancelled-commitment' : 'commitment',
          commitment.id,
          names.commitmentTitle(commitment.id),
          null,
          sumCells(commitment, currency),
        ),
      ),
    ],
    empty: words.empty,
  };
}
