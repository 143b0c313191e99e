import type { CommitmentFigures, PostponementTotals } from './types.js';

/** Postponement totals over the non-cancelled commitments among `commitments`. */
export function postponementTotals(commitments: readonly CommitmentFigures[]): PostponementTotals {
  const active = commitments.filter((commitment) => commitment.status !== 'cancelled');
  return {
    postponed: active.filter((commitment) => commitment.postponements.count > 0).length,
    moves: active.reduce((sum, commitment) => sum + commitment.postponements.count, 0),
    daysMoved: active.reduce((sum, commitment) => sum + commitment.postponements.days, 0),
  };
}
