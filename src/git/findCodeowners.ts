/**
 * The committed `.github/CODEOWNERS` of the repository around a roadmap
 * folder, for `validate` (owners/out-of-date). It walks up to the folder
 * holding `.git` instead of starting git: validate stays fast and works where
 * git is not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface CommittedCodeowners {
  text: string;
  /** The roadmap folder relative to the repository's top, trailing slash ('' at the top). */
  prefix: string;
}

export function findCodeowners(dir: string): CommittedCodeowners | undefined {
  for (let top = dir; ; top = dirname(top)) {
    if (existsSync(join(top, '.git'))) {
      let text: string;
      try {
        text = readFileSync(join(top, '.github', 'CODEOWNERS'), 'utf8');
      } catch {
        return undefined; // No CODEOWNERS: nothing to keep up to date.
      }
      const prefix = relative(top, dir).split(sep).join('/');
      return { text, prefix: prefix === '' ? '' : `${prefix}/` };
    }
    if (dirname(top) === top) return undefined;
  }
}
