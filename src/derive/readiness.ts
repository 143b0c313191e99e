import type { IsoDate, Partner } from '../model/types.js';
import type { CommitmentFigures, ReadinessFigures } from './types.js';

/**
 * Before a meeting: per partner, the open commitments it leads (neither done nor
 * cancelled) with nothing reported since the previous held committee — no journal
 * entry or measure dated on or after it. Without a previous committee, only
 * commitments that never reported anything are listed.
 */
export function readiness(
  partners: readonly Partner[],
  ledBy: ReadonlyMap<string, readonly CommitmentFigures[]>,
  since: IsoDate | null,
): ReadinessFigures[] {
  return partners.map((partner) => {
    const stale = (ledBy.get(partner.id) ?? [])
      .filter((commitment) => commitment.status !== 'done' && commitment.status !== 'cancelled')
      .filter((commitment) => commitment.lastReported === null || (since !== null && commitment.lastReported < since))
      .map((commitment) => ({ commitment: commitment.id, lastReported: commitment.lastReported }));
    return { partner: partner.id, stale, ready: stale.length === 0 };
  });
}
