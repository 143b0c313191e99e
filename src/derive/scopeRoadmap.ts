import type { Roadmap } from '../model/types.js';

export interface Scope {
  /** Only this axis, its commitments and the actions tied to them. */
  axis?: string;
  /** Only this partner, the commitments it leads or contributes to, and the actions it owns. */
  partner?: string;
}

/**
 * The part of the roadmap a filtered report is about. Filtering happens before
 * derive, so every figure of a filtered report is computed by the same engine
 * over the commitments in scope (a partner's axis progress counts its own
 * commitments only).
 */
export function scopeRoadmap(roadmap: Roadmap, scope: Scope): Roadmap {
  const { axis, partner } = scope;
  if (axis === undefined && partner === undefined) return roadmap;
  const commitments = roadmap.commitments.filter(
    ({ data }) =>
      (axis === undefined || data.axis === axis) &&
      (partner === undefined || data.lead === partner || (data.partners ?? []).includes(partner)),
  );
  const inScope = new Set(commitments.map(({ data }) => data.id));
  const axesInvolved = new Set(commitments.map(({ data }) => data.axis));
  const partnersInvolved = new Set(commitments.flatMap(({ data }) => [data.lead, ...(data.partners ?? [])]));
  return {
    convention: roadmap.convention,
    axes: roadmap.axes.filter(
      ({ data }) =>
        (axis === undefined || data.id === axis) &&
        (partner === undefined || axesInvolved.has(data.id) || (data.leads ?? []).includes(partner)),
    ),
    partners: roadmap.partners.filter(
      ({ data }) =>
        (partner === undefined || data.id === partner) && (axis === undefined || partnersInvolved.has(data.id)),
    ),
    commitments,
    meetings: roadmap.meetings.map((meeting) => ({
      ...meeting,
      data: {
        ...meeting.data,
        actions: (meeting.data.actions ?? []).filter(
          (action) =>
            (partner === undefined || action.owner === partner) &&
            (axis === undefined || (action.commitment !== undefined && inScope.has(action.commitment))),
        ),
      },
    })),
  };
}
