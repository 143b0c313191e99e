import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import { locateRepository, type RepositoryLocation } from './locateRepository.js';
import { isShallow, resolveCommit } from './resolveCommit.js';
import { runGit } from './runGit.js';

export interface ChangesSince {
  repo: RepositoryLocation;
  /** The commit changes are counted from: where the current branch left `rev`. */
  base: string;
  /** Files of the roadmap folder changed since `base` (committed, staged, unstaged or untracked), roadmap-relative, sorted. */
  files: string[];
}

/**
 * What a pull request changed in the roadmap: from the merge base of `rev`
 * and HEAD (so that later commits on the base branch do not count) to the
 * working tree.
 */
export function changesSince(dir: string, rev: string): GitResult<ChangesSince> {
  const located = locateRepository(dir);
  if (!located.ok) return located;
  const repo = located.value;
  const commit = resolveCommit(repo, rev);
  if (!commit.ok) return commit;
  const base = mergeBase(repo, commit.value, rev);
  if (!base.ok) return base;
  const pathspec = repo.prefix === '' ? [] : ['--', repo.prefix];
  const changed = runGit({
    cwd: repo.top,
    args: ['diff', '--name-only', '-z', '--no-renames', base.value, ...pathspec],
  });
  if (!changed.ok) return changed;
  if (!changed.value.succeeded) return gitProblem({ kind: 'git-failed', command: 'diff', detail: changed.value.error });
  const untracked = runGit({ cwd: repo.top, args: ['ls-files', '--others', '--exclude-standard', '-z', ...pathspec] });
  const paths = new Set<string>();
  for (const output of [changed, untracked]) {
    if (!output.ok || !output.value.succeeded) continue;
    for (const path of output.value.stdout.toString('utf8').split('\0')) {
      if (path !== '' && path.startsWith(repo.prefix)) paths.add(path.slice(repo.prefix.length));
    }
  }
  return gitValue({ repo, base: base.value, files: [...paths].sort() });
}

function mergeBase(repo: RepositoryLocation, commit: string, rev: string): GitResult<string> {
  const output = runGit({ cwd: repo.top, args: ['merge-base', commit, 'HEAD'] });
  if (!output.ok) return output;
  if (output.value.succeeded) return gitValue(output.value.stdout.toString('utf8').trim());
  if (isShallow(repo)) return gitProblem({ kind: 'shallow-ancestor', rev });
  // Unrelated histories (or no HEAD yet): compare with the revision itself.
  return gitValue(commit);
}
