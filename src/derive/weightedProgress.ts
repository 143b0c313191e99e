import type { CommitmentFigures } from './types.js';

/** Mean effective progress weighted by `weight`, over non-cancelled commitments; null when there are none. */
export function weightedProgress(commitments: Iterable<CommitmentFigures>): number | null {
  let weighted = 0;
  let total = 0;
  for (const commitment of commitments) {
    if (commitment.progress === null) continue;
    weighted += commitment.progress * commitment.weight;
    total += commitment.weight;
  }
  return total === 0 ? null : weighted / total;
}
