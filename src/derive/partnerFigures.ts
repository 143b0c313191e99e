import type { Partner } from '../model/types.js';
import { postponementTotals } from './postponementTotals.js';
import type { ActionFigures, CommitmentFigures, PartnerFigures } from './types.js';
import { weightedProgress } from './weightedProgress.js';

/** A partner's figures from the commitments it leads or contributes to and the actions it owns. */
export function partnerFigures(
  partner: Partner,
  led: readonly CommitmentFigures[],
  contributed: readonly CommitmentFigures[],
  owned: readonly ActionFigures[],
): PartnerFigures {
  const activeLed = led.filter((commitment) => commitment.status !== 'cancelled');
  return {
    id: partner.id,
    name: partner.name,
    shortName: partner.short_name,
    role: partner.role,
    led: activeLed.length,
    contributed: contributed.filter((commitment) => commitment.status !== 'cancelled').length,
    late: activeLed.filter((commitment) => commitment.late).length,
    progress: weightedProgress(activeLed),
    unknown: activeLed.filter((commitment) => commitment.progressSource === 'unknown').length,
    openActions: owned.filter((action) => action.status === 'open').length,
    overdueActions: owned.filter((action) => action.overdue).length,
    postponements: postponementTotals(activeLed),
  };
}
