import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import { runGit } from './runGit.js';

/** Where a roadmap folder sits in its git repository. */
export interface RepositoryLocation {
  /** Absolute path of the working tree's top folder. */
  top: string;
  /** The roadmap folder relative to `top`, with a trailing slash, or '' at the top. */
  prefix: string;
}

export function locateRepository(dir: string): GitResult<RepositoryLocation> {
  const output = runGit({ cwd: dir, args: ['rev-parse', '--show-toplevel', '--show-prefix'] });
  if (!output.ok) return output;
  if (!output.value.succeeded)
    return gitProblem({ kind: 'not-a-repository', dir, detail: output.value.error || 'git rev-parse' });
  const [top = '', prefix = ''] = output.value.stdout.toString('utf8').split('\n');
  if (top === '') return gitProblem({ kind: 'no-work-tree', dir });
  return gitValue({ top, prefix });
}
