import type { Io } from '../cli/io.js';
import { resolveRoadmapDir } from '../commands/shared/resolveOptions.js';
import { changesSince } from './changesSince.js';

/** For `validate --changed-since`: the roadmap-relative files whose per-file rules must run. */
export async function changedRoadmapFiles(io: Io, dir: unknown, rev: string): Promise<ReadonlySet<string>> {
  return new Set(changesSince(resolveRoadmapDir(io, dir), rev).files);
}
