import { GitFailure } from './gitFailure.js';
import { runGit } from './runGit.js';

/** Where a roadmap folder sits in its git repository. */
export interface RepositoryLocation {
  /** Absolute path of the working tree's top folder. */
  top: string;
  /** The roadmap folder relative to `top`, with a trailing slash, or '' at the top. */
  prefix: string;
}

export function locateRepository(dir: string): RepositoryLocation {
  const output = runGit({ cwd: dir, args: ['rev-parse', '--show-toplevel', '--show-prefix'] });
  if (!output.ok) throw new GitFailure({ kind: 'not-a-repository', dir, detail: output.error || 'git rev-parse' });
  const [top = '', prefix = ''] = output.stdout.toString('utf8').split('\n');
  if (top === '') throw new GitFailure({ kind: 'no-work-tree', dir });
  return { top, prefix };
}
