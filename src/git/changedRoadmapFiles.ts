import { changesSince } from './changesSince.js';

/** For `validate --changed-since`: the roadmap-relative files whose per-file rules must run. */
export function changedRoadmapFiles(dir: string, rev: string): ReadonlySet<string> {
  return new Set(changesSince(dir, rev).files);
}
