import { COMMITMENT_STATUSES, type Axis, type CommitmentStatus } from '../model/types.js';
import { health } from './health.js';
import { postponementTotals } from './postponementTotals.js';
import type { AxisFigures, CommitmentFigures, IndicatorFigures } from './types.js';
import { weightedProgress } from './weightedProgress.js';

/** One axis from its commitments' figures: counts exclude cancelled ones, `byStatus` counts all. */
export function axisFigures(
  axis: Axis,
  commitments: readonly CommitmentFigures[],
  indicators: readonly IndicatorFigures[],
): AxisFigures {
  const byStatus = Object.fromEntries(COMMITMENT_STATUSES.map((status) => [status, 0])) as Record<
    CommitmentStatus,
    number
  >;
  let active = 0;
  let done = 0;
  let late = 0;
  let lateMilestones = 0;
  let unknown = 0;
  for (const commitment of commitments) {
    byStatus[commitment.status]++;
    if (commitment.status === 'cancelled') continue;
    active++;
    if (commitment.progressSource === 'unknown') unknown++;
    if (commitment.status === 'done') done++;
    if (commitment.late) late++;
    lateMilestones += commitment.milestones.filter((milestone) => milestone.late).length;
  }
  const verdict = health(commitments, indicators);
  return {
    id: axis.id,
    number: axis.number,
    title: axis.title,
    shortTitle: axis.short_title,
    leads: axis.leads ?? [],
    commitments: active,
    done,
    late,
    progress: weightedProgress(commitments),
    unknown,
    byStatus,
    lateMilestones,
    postponements: postponementTotals(commitments),
    health: verdict.health,
    healthReasons: verdict.reasons,
    commitmentIds: commitments.map((commitment) => commitment.id),
  };
}
