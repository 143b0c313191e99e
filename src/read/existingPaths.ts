import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/** Which of these paths (relative to root, forward slashes) already exist, as a file, folder or link. */
export function existingPaths(root: string, rels: readonly string[]): string[] {
  return rels.filter((rel) => {
    try {
      lstatSync(join(root, ...rel.split('/')));
      return true;
    } catch {
      return false;
    }
  });
}
