/**
 * The committed `.github/CODEOWNERS` of the repository around a roadmap
 * folder, for `validate` (owners/out-of-date).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommittedCodeowners } from '../rules/context.js';
import { findRepositoryTop } from './findRepositoryTop.js';

export function findCodeowners(dir: string): CommittedCodeowners | undefined {
  const repository = findRepositoryTop(dir);
  if (!repository) return undefined;
  try {
    return { text: readFileSync(join(repository.top, '.github', 'CODEOWNERS'), 'utf8'), prefix: repository.prefix };
  } catch {
    return undefined; // No CODEOWNERS: nothing to keep up to date.
  }
}
