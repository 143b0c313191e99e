import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The folder of a roadmap relative to the top of its git working tree, found
 * by walking up to the folder holding `.git` (a folder, or a file in a
 * worktree or submodule), without running git: the site's edit links need
 * only that prefix. Undefined outside a repository.
 */
export function findRepositoryRoot(dir: string): { top: string; prefix: string } | undefined {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return { top: current, prefix: relative(current, resolve(dir)).split(sep).join('/') };
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
