import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What stands in the way of creating these files (paths relative to root,
 * forward slashes): each one that already exists (file, folder or link), and
 * any of their parent paths that exists but is not a folder. Each reported once.
 */
export function existingPaths(root: string, rels: readonly string[]): string[] {
  const found = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join('/');
      const kind = kindAt(join(root, ...parts.slice(0, depth)));
      if (kind === 'absent') break;
      if (depth === parts.length || kind === 'other') {
        found.add(path);
        break;
      }
    }
  }
  return [...found];
}

function kindAt(path: string): 'absent' | 'folder' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'absent';
  }
}
