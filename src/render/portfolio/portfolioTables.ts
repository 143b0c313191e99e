/** The portfolio as the tables of its data package (portfolioTableSpecs.ts). Pure. */
import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import type { Table } from '../../model/openData/tableSpec.js';
import * as specs from '../../model/openData/portfolioTableSpecs.js';
import { problemText } from './portfolioSheets.js';
import type { PortfolioResult } from './portfolioResult.js';

const oneDecimal = (value: number | null): number | null => (value === null ? null : roundHalfAwayFromZero(value, 1));
type Part = { commitments: number; done: number; late: number; unknown: number; progress: number | null };
const part = (value: Part) => [value.commitments, value.done, value.late, value.unknown, oneDecimal(value.progress)];

export function portfolioTables(result: PortfolioResult): Table[] {
  const { rollups } = result;
  return [
    {
      spec: specs.PORTFOLIO_CONVENTIONS,
      rows: result.lines.map((line) => {
        const summary = line.summary;
        return [
          line.entry.id,
          line.entry.source,
          summary !== null,
          summary?.conventionId ?? null,
          summary?.title ?? null,
          summary?.territory ?? line.entry.territory,
          line.site,
          ...(summary ? part(summary) : [null, null, null, null, null]),
          summary?.health ?? null,
          summary?.lastUpdate ?? null,
          summary?.lastCommittee ?? null,
          line.problem ? problemText(line, result.lang) : null,
        ];
      }),
    },
    {
      spec: specs.PORTFOLIO_AXES,
      rows: result.lines.flatMap((line) =>
        (line.summary?.axes ?? []).map((axis) => [
          line.entry.id,
          axis.id,
          axis.number,
          axis.title,
          ...part(axis),
          axis.health,
        ]),
      ),
    },
    {
      spec: specs.PORTFOLIO_AXIS_TITLES,
      rows: rollups.byAxisTitle.map((row) => [row.key, row.conventions, ...part(row)]),
    },
    {
      spec: specs.PORTFOLIO_PARTNER_KINDS,
      rows: rollups.byPartnerKind.map((row) => [row.key, row.conventions, row.partners, ...part(row)]),
    },
    {
      spec: specs.PORTFOLIO_TERRITORIES,
      rows: rollups.byTerritory.map((row) => [row.key === '' ? null : row.key, row.conventions, ...part(row)]),
    },
    {
      spec: specs.PORTFOLIO_MONEY,
      rows: rollups.money.map((row) => [
        row.currency,
        row.conventions,
        row.cost / 100,
        row.planned / 100,
        row.committed / 100,
        row.paid / 100,
      ]),
    },
  ];
}
