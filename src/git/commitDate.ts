import { gitValue, type GitResult } from './gitResult.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/** The day a commit was made (`YYYY-MM-DD`, the committer's date), or null when git has no date for it. */
export function commitDate(repo: RepositoryLocation, commit: string): GitResult<string | null> {
  const output = runGit({ cwd: repo.top, args: ['log', '-1', '--format=%cs', commit] });
  if (!output.ok) return output;
  const date = output.value.succeeded ? output.value.stdout.toString('utf8').trim() : '';
  return gitValue(/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null);
}
