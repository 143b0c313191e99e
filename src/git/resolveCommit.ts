import { GitFailure } from './gitFailure.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/**
 * A revision name → its full commit id, or the problem: an unknown name, or a
 * shallow clone that does not hold it.
 */
export function resolveCommit(repo: RepositoryLocation, rev: string): string {
  // A name starting with "-" would be read by git as an option.
  if (rev === '' || rev.startsWith('-')) throw new GitFailure({ kind: 'not-a-revision', rev });
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`] });
  if (output.ok) return output.stdout.toString('utf8').trim();
  if (isShallow(repo)) {
    throw new GitFailure({ kind: 'shallow-revision', rev });
  }
  throw new GitFailure({ kind: 'unknown-revision', rev });
}

export function isShallow(repo: RepositoryLocation): boolean {
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--is-shallow-repository'] });
  return output.ok && output.stdout.toString('utf8').trim() === 'true';
}
