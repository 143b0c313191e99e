import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/** One file of a commit's tree, as `git ls-tree -r -l` lists it. */
export interface TreeEntry {
  /** Repository-relative path, forward slashes. */
  path: string;
  /** `100644`, `100755` (files), `120000` (symbolic link), `160000` (submodule). */
  mode: string;
  oid: string;
  /** Bytes; -1 for a submodule. */
  size: number;
}

/** Every file of `commit` under `folder` ('' = the whole tree), in one git process. */
export function listTree(repo: RepositoryLocation, commit: string, folder: string): GitResult<TreeEntry[]> {
  const pathspec = folder === '' ? [] : ['--', folder];
  const output = runGit({
    cwd: repo.top,
    args: ['ls-tree', '-r', '-z', '-l', '--full-tree', commit, ...pathspec],
    maxBuffer: 1 << 30,
  });
  if (!output.ok) return output;
  if (!output.value.succeeded)
    return gitProblem({ kind: 'git-failed', command: 'ls-tree', detail: output.value.error });
  return gitValue(parseTree(output.value.stdout.toString('utf8')));
}

function parseTree(text: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of text.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', , oid = '', size = '-'] = record.slice(0, tab).split(/ +/);
    entries.push({ path: record.slice(tab + 1), mode, oid, size: size === '-' ? -1 : Number(size) });
  }
  return entries;
}
