import type { Commitment, CommitmentStatus } from '../model/types.js';
import type { MilestoneFigures } from './types.js';

/**
 * cancelled → null (excluded from every aggregate); done → 100; else the
 * explicit `progress`; else the share of milestones done as of the date; else 0.
 * The explicit `progress` carries no date, so it counts at every as-of date.
 */
export function effectiveProgress(commitment: Commitment, status: CommitmentStatus, milestones: readonly MilestoneFigures[]): number | null {
  if (status === 'cancelled') return null;
  if (status === 'done') return 100;
  if (commitment.progress !== undefined) return commitment.progress;
  if (milestones.length > 0) return (100 * milestones.filter((milestone) => milestone.done).length) / milestones.length;
  return 0;
}
