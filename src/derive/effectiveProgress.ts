import type { Commitment, CommitmentStatus } from '../model/types.js';
import type { MilestoneFigures, ProgressSource } from './types.js';

/**
 * As docs/reference/report.md says: cancelled → null (excluded from every aggregate); done → 100; else the
 * explicit `progress`; else, with milestones, 100 × done / (milestones + 1), the
 * delivery itself being the last step, so an open commitment never reads 100 % from
 * its milestones; else planned → 0; else (in progress or blocked with nothing to go
 * on) unknown: null, left out of every mean and counted apart.
 * The explicit `progress` carries no date, so it counts at every as-of date.
 */
export function effectiveProgress(
  commitment: Commitment,
  status: CommitmentStatus,
  milestones: readonly MilestoneFigures[],
): { progress: number | null; source: ProgressSource } {
  if (status === 'cancelled') return { progress: null, source: 'cancelled' };
  if (status === 'done') return { progress: 100, source: 'done' };
  if (commitment.progress !== undefined) return { progress: commitment.progress, source: 'explicit' };
  if (milestones.length > 0) {
    const done = milestones.filter((milestone) => milestone.done).length;
    return { progress: (100 * done) / (milestones.length + 1), source: 'milestones' };
  }
  if (status === 'planned') return { progress: 0, source: 'planned' };
  return { progress: null, source: 'unknown' };
}
