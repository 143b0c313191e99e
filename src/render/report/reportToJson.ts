import type { Figures, HealthReason } from '../../derive/types.js';
import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import type { FundingFigures, MoneySums } from '../../derive/money/types.js';
import { withCentsKey } from '../jsonWithCents.js';

/** Percentages in JSON: rounded half away from zero to one decimal. */
function oneDecimal(value: number | null): number | null {
  return value === null ? null : roundHalfAwayFromZero(value, 1);
}

/**
 * `roadmap report --format json`: exactly the documented keys, in that order,
 * then extra keys (health and its reasons, postponements, one entry per
 * commitment, coverage, readiness); see docs/reference/report.md.
 */
export function reportToJson(figures: Figures): string {
  const document = {
    asOf: figures.asOf,
    axes: figures.axes.map((axis) => ({
      id: axis.id,
      number: axis.number,
      title: axis.title,
      commitments: axis.commitments,
      done: axis.done,
      late: axis.late,
      progress: oneDecimal(axis.progress),
      byStatus: axis.byStatus,
      unknown: axis.unknown,
      shortTitle: axis.shortTitle,
      lateMilestones: axis.lateMilestones,
      health: axis.health,
      healthReasons: axis.healthReasons.map(rounded),
      postponements: axis.postponements,
    })),
    partners: figures.partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      led: partner.led,
      contributed: partner.contributed,
      late: partner.late,
      progress: oneDecimal(partner.progress),
      openActions: partner.openActions,
      overdueActions: partner.overdueActions,
      unknown: partner.unknown,
      shortName: partner.shortName,
      role: partner.role,
      postponements: partner.postponements,
    })),
    indicators: figures.indicators.map((indicator) => ({
      commitment: indicator.commitment,
      id: indicator.id,
      latest: indicator.latest?.value ?? null,
      attainment: oneDecimal(indicator.attainment),
      label: indicator.label,
      unit: indicator.unit,
      latestDate: indicator.latest?.date ?? null,
      expected: oneDecimal(indicator.expected),
      behind: indicator.behind,
    })),
    commitments: figures.commitments.map((commitment) => ({
      id: commitment.id,
      title: commitment.title,
      axis: commitment.axis,
      lead: commitment.lead,
      status: commitment.status,
      progress: oneDecimal(commitment.progress),
      progressSource: commitment.progressSource,
      due: commitment.due,
      late: commitment.late,
      daysLate: commitment.daysLate,
      postponements: commitment.postponements,
    })),
    coverage: figures.coverage,
    previousCommittee: figures.previousCommittee,
    readiness: figures.readiness,
  };
  return `${withCentsKey(document, 'funding', fundingToJson(figures.funding))}\n`;
}

/**
 * The `funding` object (docs/reference/report.md): amounts are BigInt cents until jsonWithCents prints them as numbers in
 * currency units; rates to one decimal. Per commitment (cancelled ones flagged) after the
 * documented keys.
 */
function fundingToJson(funding: FundingFigures): object {
  const sums = (row: MoneySums) => ({
    cost: row.cost,
    planned: row.planned,
    gap: row.gap,
    committed: row.committed,
    paid: row.paid,
    committedRate: oneDecimal(row.committedRate),
    paidRate: oneDecimal(row.paidRate),
  });
  const funder = (row: FundingFigures['funders'][number]) => ({
    partner: row.partner,
    planned: row.planned,
    committed: row.committed,
    paid: row.paid,
    committedRate: oneDecimal(row.committedRate),
    paidRate: oneDecimal(row.paidRate),
  });
  return {
    currency: funding.currency,
    total: sums(funding.total),
    axes: funding.axes.map((axis) => ({ id: axis.id, ...sums(axis) })),
    funders: funding.funders.map(funder),
    years: funding.years.map((year) => ({ year: year.year, committed: year.committed, paid: year.paid })),
    commitments: funding.commitments.map((commitment) => ({
      id: commitment.id,
      axis: commitment.axis,
      cancelled: commitment.cancelled,
      ...sums(commitment),
      funders: commitment.funders.map(funder),
    })),
  };
}

/** Reasons keep their data; shares (fractions) to three decimals, percentages to one. */
function rounded(reason: HealthReason): HealthReason {
  switch (reason.code) {
    case 'late-weight':
    case 'late':
      return { ...reason, share: roundHalfAwayFromZero(reason.share, 3) };
    case 'indicators-behind':
      return {
        ...reason,
        indicators: reason.indicators.map((indicator) => ({
          ...indicator,
          attainment: oneDecimal(indicator.attainment)!,
          expected: oneDecimal(indicator.expected)!,
        })),
      };
    default:
      return reason;
  }
}
