/**
 * The git repository a folder is in, found by walking up to `.git` without
 * starting git (init runs before anything is committed, maybe before git is
 * installed), and its current branch when `.git/HEAD` names one.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findRepositoryTop } from './findRepositoryTop.js';

export interface EnclosingRepository {
  top: string;
  /** `main` for `ref: refs/heads/main`; undefined for a detached HEAD or a worktree's `.git` file. */
  branch: string | undefined;
}

export function enclosingRepository(dir: string): EnclosingRepository | undefined {
  const repository = findRepositoryTop(dir);
  if (!repository) return undefined;
  const dotGit = join(repository.top, '.git');
  return { top: repository.top, branch: isFolder(dotGit) ? headBranch(join(dotGit, 'HEAD')) : undefined };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function headBranch(path: string): string | undefined {
  try {
    return /^ref: refs\/heads\/(.+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}
