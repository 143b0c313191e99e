import type { Amount } from './types.js';

/**
 * An amount of a valid roadmap in exact integer cents. The file's text was checked to have at
 * most two decimals and the value to lie in [0, 10¹²) (model/amountProblems.ts), so the float is
 * the double nearest to a decimal d = n/100 with n < 10¹⁴: |x − d| ≤ 2⁻¹⁴ (half an ulp below
 * 2⁴⁰), and x × 100 computed in binary lies within 100 × 2⁻¹⁴ + 2⁻⁷ < 0.02 of n, so rounding
 * gives n exactly (test/money-cents.test.ts checks it against the decimal text). Sums are BigInt:
 * ten thousand commitments of four funders overflow 2⁵³ cents long before 10¹² each.
 */
export function cents(amount: Amount): bigint {
  // A roadmap with an invalid amount is refused before any figure is made; a rule that still
  // reads one (the schema keeps the shape of `-3`) must not throw on NaN or Infinity.
  return Number.isFinite(amount) ? BigInt(Math.round(amount * 100)) : 0n;
}

/** An amount the schema accepts: the money rules look only at plans made of these. */
export function isValidAmount(amount: unknown): amount is Amount {
  return typeof amount === 'number' && amount >= 0 && amount < 1e12;
}

/** Σ of amounts, in cents. */
export function sumCents(amounts: readonly Amount[] | undefined): bigint {
  let total = 0n;
  for (const amount of amounts ?? []) total += cents(amount);
  return total;
}
