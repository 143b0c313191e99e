import type { CommitmentFigures } from './types.js';

/** Mean effective progress weighted by `weight`, over commitments whose progress is known (neither cancelled nor unknown); null when there are none. */
export function weightedProgress(commitments: Iterable<CommitmentFigures>): number | null {
  const counted = [...commitments].filter((commitment) => commitment.progress !== null);
  let { weighted, total } = sums(counted, 1);
  // Weights near the largest number overflow the sums (1e308 × 100 is Infinity, and Infinity / Infinity NaN):
  // the same mean, with every weight divided by the largest, stays finite.
  if (!Number.isFinite(weighted) || !Number.isFinite(total))
    ({ weighted, total } = sums(
      counted,
      counted.reduce((largest, c) => Math.max(largest, c.weight), 0),
    ));
  if (total === 0 || !Number.isFinite(weighted / total)) return null;
  const lowest = counted.reduce((low, c) => Math.min(low, c.progress!), Infinity);
  const highest = counted.reduce((high, c) => Math.max(high, c.progress!), -Infinity);
  // A mean lies between its values; floating-point sums with fractional weights can land 1e-14 outside (100.00000000000001).
  return Math.min(highest, Math.max(lowest, weighted / total));
}

function sums(commitments: readonly CommitmentFigures[], scale: number): { weighted: number; total: number } {
  let weighted = 0;
  let total = 0;
  for (const commitment of commitments) {
    weighted += commitment.progress! * (commitment.weight / scale);
    total += commitment.weight / scale;
  }
  return { weighted, total };
}
