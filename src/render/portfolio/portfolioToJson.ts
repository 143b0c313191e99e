/**
 * `roadmap portfolio --format json` (and portfolio.json): each convention's
 * figures with the same keys and rounding as its own `report --format json`
 * (percentages to one decimal), the roll-ups, the quiet conventions and the
 * problems, each problem with its stable code and its sentence.
 */
import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import { problemText } from './portfolioSheets.js';
import type { PortfolioResult } from './portfolioResult.js';

const oneDecimal = (value: number | null): number | null => (value === null ? null : roundHalfAwayFromZero(value, 1));
const amount = (cents: number): number => cents / 100;

export function portfolioToJson(result: PortfolioResult): string {
  const part = (value: {
    commitments: number;
    done: number;
    late: number;
    unknown: number;
    progress: number | null;
  }) => ({
    commitments: value.commitments,
    done: value.done,
    late: value.late,
    unknown: value.unknown,
    progress: oneDecimal(value.progress),
  });
  const document = {
    id: result.id,
    title: result.title,
    asOf: result.asOf,
    conventions: result.lines.map((line) => {
      const summary = line.summary;
      return {
        id: line.entry.id,
        source: line.entry.source,
        site: line.site,
        ok: summary !== null,
        ...(summary === null
          ? {}
          : {
              conventionId: summary.conventionId,
              title: summary.title,
              territory: summary.territory,
              ...part(summary),
              health: summary.health,
              axesByHealth: summary.axesByHealth,
              lastUpdate: summary.lastUpdate,
              lastCommittee: summary.lastCommittee,
              axes: summary.axes.map((axis) => ({
                id: axis.id,
                number: axis.number,
                title: axis.title,
                ...part(axis),
                health: axis.health,
              })),
              partnerKinds: summary.partnerKinds.map((kind) => ({
                kind: kind.kind,
                partners: kind.partners,
                ...part(kind),
              })),
              money: summary.money && {
                currency: summary.money.currency,
                cost: amount(summary.money.cost),
                planned: amount(summary.money.planned),
                committed: amount(summary.money.committed),
                paid: amount(summary.money.paid),
              },
            }),
        ...(line.problem === null
          ? {}
          : { problem: { code: line.problem.code, message: problemText(line, result.lang) } }),
      };
    }),
    total: { conventions: result.rollups.total.conventions, ...part(result.rollups.total) },
    axisTitles: result.rollups.byAxisTitle.map((row) => ({
      title: row.key,
      conventions: row.conventions,
      ...part(row),
    })),
    partnerKinds: result.rollups.byPartnerKind.map((row) => ({
      kind: row.key,
      conventions: row.conventions,
      partners: row.partners,
      ...part(row),
    })),
    territories: result.rollups.byTerritory.map((row) => ({
      territory: row.key === '' ? null : row.key,
      conventions: row.conventions,
      ...part(row),
    })),
    money: result.rollups.money.map((row) => ({
      currency: row.currency,
      conventions: row.conventions,
      cost: amount(row.cost),
      planned: amount(row.planned),
      committed: amount(row.committed),
      paid: amount(row.paid),
    })),
    stale: { before: result.rollups.staleBefore, months: result.staleMonths, conventions: result.rollups.stale },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
