import { dirname, join, resolve } from 'node:path';

/** `--out`, else `briefs/` beside the roadmap folder: where every meeting's documents go (one folder per meeting). */
export function documentsRoot(out: unknown, cwd: string, roadmapDir: string): string {
  return typeof out === 'string' ? resolve(cwd, out) : join(dirname(roadmapDir), 'briefs');
}
