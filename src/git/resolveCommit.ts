import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/**
 * A revision name → its full commit id, or the problem: an unknown name, or a
 * shallow clone that does not hold it.
 */
export function resolveCommit(repo: RepositoryLocation, rev: string): GitResult<string> {
  // A name starting with "-" would be read by git as an option.
  if (rev === '' || rev.startsWith('-')) return gitProblem({ kind: 'not-a-revision', rev });
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`] });
  if (!output.ok) return output;
  if (output.value.succeeded) return gitValue(output.value.stdout.toString('utf8').trim());
  return gitProblem({ kind: isShallow(repo) ? 'shallow-revision' : 'unknown-revision', rev });
}

export function isShallow(repo: RepositoryLocation): boolean {
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--is-shallow-repository'] });
  return output.ok && output.value.succeeded && output.value.stdout.toString('utf8').trim() === 'true';
}
