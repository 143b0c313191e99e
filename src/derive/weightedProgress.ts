import type { CommitmentFigures } from './types.js';

/** Mean effective progress weighted by `weight`, over non-cancelled commitments; null when there are none. */
export function weightedProgress(commitments: Iterable<CommitmentFigures>): number | null {
  let weighted = 0;
  let total = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const commitment of commitments) {
    if (commitment.progress === null) continue;
    weighted += commitment.progress * commitment.weight;
    total += commitment.weight;
    lowest = Math.min(lowest, commitment.progress);
    highest = Math.max(highest, commitment.progress);
  }
  if (total === 0) return null;
  // A mean lies between its values; floating-point sums with fractional weights can land 1e-14 outside (100.00000000000001).
  return Math.min(highest, Math.max(lowest, weighted / total));
}
