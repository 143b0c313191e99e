import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/** The day a commit was made (`YYYY-MM-DD`, the committer's date), or null when git cannot say. */
export function commitDate(repo: RepositoryLocation, commit: string): string | null {
  const output = runGit({ cwd: repo.top, args: ['log', '-1', '--format=%cs', commit] });
  const date = output.ok ? output.stdout.toString('utf8').trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
