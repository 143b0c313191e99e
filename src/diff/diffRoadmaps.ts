import { diffAxes } from './diffAxes.js';
import { diffCommitments } from './diffCommitments.js';
import { diffConvention } from './diffConvention.js';
import { diffMeetings } from './diffMeetings.js';
import { diffPartners } from './diffPartners.js';
import type { RevisionState, RoadmapDiff } from './types.js';

/** What changed from one revision to the other, by meaning. Pure. */
export function diffRoadmaps(before: RevisionState, after: RevisionState): RoadmapDiff {
  return {
    convention: diffConvention(before.roadmap.convention, after.roadmap.convention),
    axes: diffAxes(before.roadmap.axes, after.roadmap.axes),
    partners: diffPartners(before.roadmap.partners, after.roadmap.partners),
    commitments: diffCommitments(before, after),
    meetings: diffMeetings(before.roadmap.meetings, after.roadmap.meetings),
  };
}

export function isEmptyDiff(diff: RoadmapDiff): boolean {
  return Object.values(diff).every((subjects) => subjects.length === 0);
}
