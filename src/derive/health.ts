import type { CommitmentFigures, Health, HealthReason, IndicatorFigures } from './types.js';

/** Late commitments carrying at least this share of an axis's weight turn it red. */
export const RED_LATE_SHARE = 1 / 3;

/**
 * The colour of an axis and every reason behind it (docs/reference/report.md):
 * red when late commitments carry ≥ 1/3 of its weight or a blocked commitment is
 * past due; amber when anything is late, blocked, a milestone is overdue or an
 * indicator is below the straight line from baseline to target; green otherwise.
 */
export function health(
  commitments: readonly CommitmentFigures[],
  indicators: readonly IndicatorFigures[],
): { health: Health; reasons: HealthReason[] } {
  const active = commitments.filter((commitment) => commitment.status !== 'cancelled');
  const red: HealthReason[] = [];
  const amber: HealthReason[] = [];

  const late = active.filter((commitment) => commitment.late);
  if (late.length > 0) {
    const share = sumWeights(late) / sumWeights(active);
    const reason = { commitments: ids(late), share };
    if (share >= RED_LATE_SHARE) red.push({ code: 'late-weight', ...reason });
    else amber.push({ code: 'late', ...reason });
  }
  const blocked = active.filter((commitment) => commitment.status === 'blocked');
  const blockedPastDue = blocked.filter((commitment) => commitment.late);
  if (blockedPastDue.length > 0) red.push({ code: 'blocked-past-due', commitments: ids(blockedPastDue) });
  const blockedInTime = blocked.filter((commitment) => !commitment.late);
  if (blockedInTime.length > 0) amber.push({ code: 'blocked', commitments: ids(blockedInTime) });

  const lateMilestones = active.flatMap((commitment) =>
    commitment.milestones
      .filter((milestone) => milestone.late)
      .map((milestone) => ({
        commitment: commitment.id,
        index: milestone.index,
        title: milestone.title,
        due: milestone.due!,
      })),
  );
  if (lateMilestones.length > 0) amber.push({ code: 'late-milestones', milestones: lateMilestones });

  const activeIds = new Set(ids(active));
  const behind = indicators
    .filter((indicator) => indicator.behind && activeIds.has(indicator.commitment))
    .map((indicator) => ({
      commitment: indicator.commitment,
      id: indicator.id,
      attainment: indicator.attainment!,
      expected: indicator.expected!,
    }));
  if (behind.length > 0) amber.push({ code: 'indicators-behind', indicators: behind });

  const colour: Health = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return { health: colour, reasons: [...red, ...amber] };
}

function sumWeights(commitments: readonly CommitmentFigures[]): number {
  return commitments.reduce((sum, commitment) => sum + commitment.weight, 0);
}

function ids(commitments: readonly CommitmentFigures[]): string[] {
  return commitments.map((commitment) => commitment.id);
}
