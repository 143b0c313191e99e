import { diffCommitments } from './diffCommitments.js';
import { diffMeetings } from './diffMeetings.js';
import { diffPartners } from './diffPartners.js';
import type { RevisionState, RoadmapDiff } from './types.js';

/** What changed from one revision to the other, by meaning. Pure. */
export function diffRoadmaps(before: RevisionState, after: RevisionState): RoadmapDiff {
  return {
    partners: diffPartners(before.roadmap.partners, after.roadmap.partners),
    commitments: diffCommitments(before.figures, after.figures),
    meetings: diffMeetings(before.roadmap.meetings, after.roadmap.meetings),
  };
}

export function isEmptyDiff(diff: RoadmapDiff): boolean {
  return diff.partners.length === 0 && diff.commitments.length === 0 && diff.meetings.length === 0;
}
