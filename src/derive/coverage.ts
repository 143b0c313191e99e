import type { Axis, Partner } from '../model/types.js';
import type { CommitmentFigures, CoverageFigures, CoverageRole } from './types.js';

/**
 * Who works on which axis: `lead` when a partner leads one of its non-cancelled
 * commitments or is named in the axis's `leads`, else `contributor` when it
 * contributes to one. Axes without any lead are listed: nobody answers for them.
 */
export function coverage(
  axes: readonly Axis[],
  partners: readonly Partner[],
  commitments: readonly CommitmentFigures[],
): CoverageFigures {
  const known = new Set(partners.map((partner) => partner.id));
  // Null-prototype records: `constructor` is a valid kebab-case id and must not find Object's.
  const cells: Record<string, Record<string, CoverageRole>> = Object.create(null);
  const byCommitments: Record<string, Record<string, CoverageRole>> = Object.create(null);
  const axisLeads: Record<string, string[]> = Object.create(null);
  for (const axis of axes) {
    const row: Record<string, CoverageRole> = Object.create(null);
    axisLeads[axis.id] = [...new Set(axis.leads ?? [])].filter((lead) => known.has(lead));
    for (const lead of axisLeads[axis.id]!) row[lead] = 'lead';
    cells[axis.id] = row;
    byCommitments[axis.id] = Object.create(null);
  }
  for (const commitment of commitments) {
    const row = cells[commitment.axis];
    const own = byCommitments[commitment.axis];
    if (!row || !own || commitment.status === 'cancelled') continue;
    if (known.has(commitment.lead)) row[commitment.lead] = own[commitment.lead] = 'lead';
    for (const contributor of commitment.partners) {
      if (!known.has(contributor)) continue;
      row[contributor] ??= 'contributor';
      own[contributor] ??= 'contributor';
    }
  }
  return {
    axes: axes.map((axis) => axis.id),
    partners: partners.map((partner) => partner.id),
    cells,
    axisLeads,
    byCommitments,
    axesWithoutLead: axes.filter((axis) => !Object.values(cells[axis.id]!).includes('lead')).map((axis) => axis.id),
  };
}
