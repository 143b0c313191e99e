/**
 * One convention of a portfolio, reduced to the figures the portfolio shows
 * and rolls up (docs/reference/open-data.md): small enough that a worker thread hands it back
 * for each of thousands of conventions. Every number comes from the
 * convention's own Figures; the sums of weights kept beside each mean let
 * the roll-ups pool commitments across conventions exactly as derive pools
 * them within one.
 */
import type { Health, Figures, CommitmentFigures } from '../types.js';
import type { IsoDate, PartnerKind, Roadmap } from '../../model/types.js';
import { lastActivity } from '../lastActivity.js';
import { weightedProgress } from '../weightedProgress.js';

export interface ProgressPart {
  /** Non-cancelled commitments. */
  commitments: number;
  done: number;
  late: number;
  /** Non-cancelled commitments whose progress is unknown. */
  unknown: number;
  /** Weighted mean effective progress, unrounded; null when none is known. */
  progress: number | null;
  /** Σ weight of the commitments whose progress is known: what the mean is weighted by when pooled. */
  knownWeight: number;
}

export interface ConventionSummary extends ProgressPart {
  /** The convention's own id (from its files). */
  conventionId: string;
  title: string;
  territory: string | null;
  asOf: IsoDate;
  /** The worst health of its axes. */
  health: Health;
  axesByHealth: Record<Health, number>;
  lastUpdate: IsoDate | null;
  lastCommittee: IsoDate | null;
  axes: (ProgressPart & { id: string; number: number; title: string; health: Health })[];
  partnerKinds: (ProgressPart & { kind: PartnerKind; partners: number })[];
  /** Amounts in integer cents, as of the date; null when the convention has no budget. */
  money: { currency: string; cost: number; planned: number; committed: number; paid: number } | null;
}

const HEALTH_ORDER: readonly Health[] = ['green', 'amber', 'red'];

export function progressPart(commitments: readonly CommitmentFigures[]): ProgressPart {
  const open = commitments.filter((commitment) => commitment.status !== 'cancelled');
  const known = open.filter((commitment) => commitment.progress !== null);
  return {
    commitments: open.length,
    done: open.filter((commitment) => commitment.status === 'done').length,
    late: open.filter((commitment) => commitment.late).length,
    unknown: open.length - known.length,
    progress: weightedProgress(open),
    knownWeight: known.reduce((sum, commitment) => sum + commitment.weight, 0),
  };
}

export function conventionSummary(
  roadmap: Roadmap,
  figures: Figures,
  territory: string | null,
  money: ConventionSummary['money'],
): ConventionSummary {
  const convention = roadmap.convention!.data;
  const byAxis = new Map<string, CommitmentFigures[]>();
  for (const commitment of figures.commitments)
    byAxis.set(commitment.axis, [...(byAxis.get(commitment.axis) ?? []), commitment]);
  const axesByHealth: Record<Health, number> = { green: 0, amber: 0, red: 0 };
  for (const axis of figures.axes) axesByHealth[axis.health] += 1;
  const kindOf = new Map(roadmap.partners.map(({ data }) => [data.id, data.kind]));
  const kinds = new Map<PartnerKind, { partners: number; led: CommitmentFigures[] }>();
  for (const { data } of roadmap.partners) {
    const entry = kinds.get(data.kind) ?? { partners: 0, led: [] };
    entry.partners += 1;
    kinds.set(data.kind, entry);
  }
  for (const commitment of figures.commitments) kinds.get(kindOf.get(commitment.lead)!)?.led.push(commitment);
  return {
    conventionId: convention.id,
    title: convention.title,
    territory: territory ?? convention.territory ?? null,
    asOf: figures.asOf,
    ...progressPart(figures.commitments),
    health: HEALTH_ORDER.reduce<Health>((worst, colour) => (axesByHealth[colour] > 0 ? colour : worst), 'green'),
    axesByHealth,
    ...lastActivity(figures),
    axes: figures.axes.map((axis) => ({
      id: axis.id,
      number: axis.number,
      title: axis.title,
      health: axis.health,
      ...progressPart(byAxis.get(axis.id) ?? []),
    })),
    partnerKinds: [...kinds].map(([kind, { partners, led }]) => ({ kind, partners, ...progressPart(led) })),
    money,
  };
}

/** A convention's money as of the date, in cents (exact below 2⁵³, some 90 000 billion units); null without any budget. */
export function moneySummary(figures: Figures): ConventionSummary['money'] {
  const { funding } = figures;
  if (!funding.any) return null;
  return {
    currency: funding.currency,
    cost: Number(funding.total.cost ?? 0n),
    planned: Number(funding.total.planned),
    committed: Number(funding.total.committed),
    paid: Number(funding.total.paid),
  };
}
