/**
 * The git repository a folder is in, found by walking up to `.git` without
 * starting git (init runs before anything is committed, maybe before git is
 * installed), and its current branch when `.git/HEAD` names one.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EnclosingRepository {
  top: string;
  /** `main` for `ref: refs/heads/main`; undefined for a detached HEAD or a worktree's `.git` file. */
  branch: string | undefined;
}

export function enclosingRepository(dir: string): EnclosingRepository | undefined {
  for (let top = dir; ; top = dirname(top)) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(join(top, '.git')).isDirectory();
    } catch {
      if (dirname(top) === top) return undefined;
      continue;
    }
    return { top, branch: isDirectory ? headBranch(join(top, '.git', 'HEAD')) : undefined };
  }
}

function headBranch(path: string): string | undefined {
  try {
    return /^ref: refs\/heads\/(.+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}
