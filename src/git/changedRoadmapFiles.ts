import { UsageError, type Io } from '../cli/io.js';

/** Placeholder until the git stage lands (issue 7). */
export async function changedRoadmapFiles(_io: Io, _dir: unknown, rev: string): Promise<ReadonlySet<string>> {
  throw new UsageError(`--changed-since ${rev}: git support is not available in this build yet`);
}
