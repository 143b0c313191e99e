import { changesSince } from './changesSince.js';
import { gitValue, type GitResult } from './gitResult.js';

/** For `validate --changed-since`: the roadmap-relative files whose per-file rules must run. */
export function changedRoadmapFiles(dir: string, rev: string): GitResult<ReadonlySet<string>> {
  const changes = changesSince(dir, rev);
  return changes.ok ? gitValue(new Set(changes.value.files)) : changes;
}
