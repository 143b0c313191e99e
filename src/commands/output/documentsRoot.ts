import { dirname, join, resolve } from 'node:path';

/** `--out`, else `briefs/` beside the roadmap folder: where every meeting's documents go (one folder per meeting). */
export function documentsRoot(out: string | undefined, cwd: string, roadmapDir: string): string {
  return out === undefined ? join(dirname(roadmapDir), 'briefs') : resolve(cwd, out);
}
