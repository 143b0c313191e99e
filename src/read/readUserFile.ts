/**
 * A file the user names on the command line (a logo to copy into assets/):
 * a regular file, read whole when no larger than `maxBytes`.
 */
import { readFileSync, statSync } from 'node:fs';

export type UserFile = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'unreadable' | 'too-large' };

export function readUserFile(path: string, maxBytes: number): UserFile {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, reason: 'unreadable' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes: readFileSync(path) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
