import { UsageError } from '../io/io.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/**
 * A revision name → its full commit id, or a one-line usage error that says
 * why: an unknown name, or a shallow clone that does not hold it.
 */
export function resolveCommit(repo: RepositoryLocation, rev: string): string {
  // A name starting with "-" would be read by git as an option.
  if (rev === '' || rev.startsWith('-')) throw new UsageError(`"${rev}" is not a git revision name`);
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`] });
  if (output.ok) return output.stdout.toString('utf8').trim();
  if (isShallow(repo)) {
    throw new UsageError(`revision "${rev}" is not in this shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)`);
  }
  throw new UsageError(`unknown git revision "${rev}" (check the branch, tag or commit name)`);
}

export function isShallow(repo: RepositoryLocation): boolean {
  const output = runGit({ cwd: repo.top, args: ['rev-parse', '--is-shallow-repository'] });
  return output.ok && output.stdout.toString('utf8').trim() === 'true';
}
