import type { Roadmap } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import { actionFigures } from './actionFigures.js';
import { axisFigures } from './axisFigures.js';
import { commitmentFigures } from './commitmentFigures.js';
import { coverage } from './coverage.js';
import { DEFAULT_HEALTH_TOLERANCE, indicatorFigures } from './indicatorFigures.js';
import { meetingFigures } from './meetingFigures.js';
import { partnerFigures } from './partnerFigures.js';
import { readiness } from './readiness.js';
import type { Figures } from './types.js';
import { fundingFigures } from './money/fundingFigures.js';

/**
 * Every derived value of the roadmap as it stood on `asOf`. Pure.
 * Lists are sorted (axes by number, the rest by id) so that the result does not
 * depend on the order files were read in.
 */
export function derive(roadmap: Roadmap, asOf: string): Figures {
  const axes = roadmap.axes.map((entity) => entity.data).sort((a, b) => a.number - b.number || compareText(a.id, b.id));
  const partners = roadmap.partners.map((entity) => entity.data).sort((a, b) => compareText(a.id, b.id));
  const commitmentEntities = [...roadmap.commitments].sort((a, b) => compareText(a.data.id, b.data.id));

  const tolerance = roadmap.convention?.data.health?.tolerance ?? DEFAULT_HEALTH_TOLERANCE;
  const commitments = commitmentEntities.map((entity) => commitmentFigures(entity, asOf));
  const indicators = commitmentEntities.flatMap((entity) =>
    (entity.data.indicators ?? []).map((indicator) => indicatorFigures(entity.data, indicator, asOf, tolerance)),
  );
  const actions = actionFigures(roadmap.meetings, asOf);
  const meetings = meetingFigures(roadmap.meetings, asOf);

  const byAxis = groupBy(commitments, (commitment) => [commitment.axis]);
  const indicatorsByAxis = groupBy(indicators, (indicator) => [indicator.axis]);
  const ledBy = groupBy(commitments, (commitment) => [commitment.lead]);
  const contributedBy = groupBy(commitments, (commitment) => commitment.partners);
  const ownedBy = groupBy(actions, (action) => [action.owner]);

  const commitmentsById = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  return {
    asOf,
    funding: fundingFigures(
      commitmentEntities,
      commitmentsById,
      axes,
      asOf,
      roadmap.convention?.data.currency ?? 'EUR',
    ),
    commitments,
    axes: axes.map((axis) => axisFigures(axis, byAxis.get(axis.id) ?? [], indicatorsByAxis.get(axis.id) ?? [])),
    partners: partners.map((partner) =>
      partnerFigures(
        partner,
        ledBy.get(partner.id) ?? [],
        contributedBy.get(partner.id) ?? [],
        ownedBy.get(partner.id) ?? [],
      ),
    ),
    indicators,
    actions,
    coverage: coverage(axes, partners, commitments),
    previousCommittee: meetings.previousCommittee,
    readiness: readiness(partners, ledBy, meetings.previousCommittee?.date ?? null),
    meetings: { held: meetings.held, next: meetings.next },
  };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
