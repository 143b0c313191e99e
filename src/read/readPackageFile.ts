import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/packageRoot.js';

/** A text file shipped with the tool (`templates/…`), by its path from the package's root. */
export function readPackageFile(rel: string): string {
  return readFileSync(join(packageRoot(), ...rel.split('/')), 'utf8');
}
