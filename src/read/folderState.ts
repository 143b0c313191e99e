import { statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What is at `path`, for a command about to create a folder there: nothing, a
 * folder, or something else; and the nearest folder that exists at or above
 * it (writes are rooted there, since a missing folder cannot be a write root).
 */
export function folderState(path: string): { state: 'absent' | 'folder' | 'other'; nearest: string } {
  let state: 'absent' | 'folder' | 'other' = 'absent';
  try {
    state = statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    // Absent.
  }
  let nearest = path;
  for (;;) {
    try {
      if (statSync(nearest).isDirectory()) break;
    } catch {
      // Keep climbing.
    }
    const parent = dirname(nearest);
    if (parent === nearest) break;
    nearest = parent;
  }
  return { state, nearest };
}
