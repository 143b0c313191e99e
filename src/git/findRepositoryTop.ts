/**
 * The working tree around a roadmap folder, found by walking up to the folder
 * holding `.git` (a folder, or a file in worktrees and submodules) instead of
 * starting git: validate stays fast and works where git is not installed.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface RepositoryTop {
  /** Absolute path of the folder holding `.git`. */
  top: string;
  /** The roadmap folder relative to `top`, with forward slashes and a trailing slash, or '' at the top. */
  prefix: string;
}

export function findRepositoryTop(dir: string): RepositoryTop | undefined {
  for (let top = dir; ; top = dirname(top)) {
    if (existsSync(join(top, '.git'))) {
      const prefix = relative(top, dir).split(sep).join('/');
      return { top, prefix: prefix === '' ? '' : `${prefix}/` };
    }
    if (dirname(top) === top) return undefined;
  }
}
