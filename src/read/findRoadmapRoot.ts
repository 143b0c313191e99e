/**
 * Where the roadmap is when no `--dir` is given: the nearest folder, from the
 * current one up, that holds `convention.yaml` or `roadmap/convention.yaml`.
 * The search stops at the top of the git repository (the folder holding
 * `.git`, a folder or, in a worktree, a file), so a roadmap elsewhere on the
 * disk is never picked up by accident. No git process is started.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONVENTION_FILE } from './layout.js';

/** The folder `roadmap init` creates, and where discovery looks below each folder. */
export const ROADMAP_FOLDER = 'roadmap';

export type RoadmapRootSearch =
  | { found: true; dir: string }
  /** `top`: the git repository's top folder where the search stopped, or undefined at the file system's root. */
  | { found: false; top: string | undefined };

export function findRoadmapRoot(start: string): RoadmapRootSearch {
  let dir = start;
  for (;;) {
    if (isFile(join(dir, CONVENTION_FILE))) return { found: true, dir };
    if (isFile(join(dir, ROADMAP_FOLDER, CONVENTION_FILE))) return { found: true, dir: join(dir, ROADMAP_FOLDER) };
    if (exists(join(dir, '.git'))) return { found: false, top: dir };
    const parent = dirname(dir);
    if (parent === dir) return { found: false, top: undefined };
    dir = parent;
  }
}

/**
 * `--dir` naming the repository's top, which holds `roadmap/convention.yaml` but no
 * `convention.yaml` of its own: the roadmap is that `roadmap/` folder, as discovery
 * would find it; any other folder is taken as given.
 */
export function roadmapIn(dir: string): string {
  return !isFile(join(dir, CONVENTION_FILE)) && isFile(join(dir, ROADMAP_FOLDER, CONVENTION_FILE))
    ? join(dir, ROADMAP_FOLDER)
    : dir;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
