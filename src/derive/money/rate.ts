/**
 * 100 × part / whole from exact cents, unrounded (the percentage rule, docs/reference/report.md, rounds it when
 * it is shown); null when the whole is 0. The quotient is taken in integers at 10⁻⁹ of a point,
 * truncated, so that a rate just below a tie never rounds up, and sums past 2⁵³ cents keep their
 * precision.
 */
const SCALE = 1_000_000_000n;

export function rate(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((100n * SCALE * part) / whole) / Number(SCALE);
}
