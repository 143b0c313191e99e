/**
 * The committed `.github/CODEOWNERS` of the repository around a roadmap
 * folder, for `validate` (owners/out-of-date).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RepositoryTop } from './findRepositoryTop.js';

export interface CommittedCodeowners {
  text: string;
  /** The roadmap folder relative to the repository's top, trailing slash ('' at the top). */
  prefix: string;
}

/** `repository`: the working tree around the roadmap folder (findRepositoryTop), undefined outside one. */
export function findCodeowners(repository: RepositoryTop | undefined): CommittedCodeowners | undefined {
  if (!repository) return undefined;
  try {
    return { text: readFileSync(join(repository.top, '.github', 'CODEOWNERS'), 'utf8'), prefix: repository.prefix };
  } catch {
    return undefined; // No CODEOWNERS: nothing to keep up to date.
  }
}
