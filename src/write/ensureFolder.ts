import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';

export type FolderFs = Pick<typeof nodeFs, 'mkdirSync' | 'statSync' | 'lstatSync'>;

/** Why a folder could not be made, in words a command can say (see write/folderMessages.ts). */
export type FolderFailure =
  | 'permission'
  | 'read-only'
  | 'file-in-the-way'
  | 'not-a-folder-in-path'
  | 'broken-link'
  | 'cannot-hold-folders'
  | 'io';

export type FolderOutcome = { ok: true } | { ok: false; reason: FolderFailure; detail: string };

/**
 * Creates a folder and its missing parents one level at a time. Node's
 * `mkdirSync(…, { recursive: true })` loops forever under /proc (each level
 * reports ENOENT and it retries the parent), and its errors are raw codes;
 * this walks down from the nearest existing folder once and names the cause.
 */
export function ensureFolder(path: string, fs: FolderFs = nodeFs): FolderOutcome {
  const inspected = inspectFolder(path, fs);
  if (!inspected.ok) return inspected;
  for (const folder of inspected.missing) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      // ENOENT right after its parent was found or made: a file system (/proc, /sys) that takes no new folders.
      if (code(error) === 'ENOENT') return { ok: false, reason: 'cannot-hold-folders', detail: folder };
      if (code(error) === 'EEXIST') continue; // made meanwhile by another process: fine if it is a folder, checked by the caller's write
      return failure(error, folder);
    }
  }
  return { ok: true };
}

/**
 * What ensureFolder would find, without creating anything: the folders it would make
 * (outermost first), or why it could not (a file or a dangling link in the way). The writer's
 * plan inspects every folder of every target this way before its first write.
 */
export function inspectFolder(
  path: string,
  fs: FolderFs = nodeFs,
): { ok: true; missing: string[] } | { ok: false; reason: FolderFailure; detail: string } {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    let stats: nodeFs.Stats | undefined;
    try {
      stats = fs.lstatSync(current);
    } catch (error) {
      if (code(error) !== 'ENOENT') return failure(error, current);
    }
    if (stats?.isSymbolicLink()) {
      try {
        stats = fs.statSync(current);
      } catch {
        return { ok: false, reason: 'broken-link', detail: current };
      }
    }
    if (stats) {
      if (!stats.isDirectory())
        return { ok: false, reason: current === path ? 'file-in-the-way' : 'not-a-folder-in-path', detail: current };
      return { ok: true, missing };
    }
    const parent = dirname(current);
    if (parent === current) return { ok: true, missing };
    missing.unshift(current);
    current = parent;
  }
}

function failure(error: unknown, folder = ''): { ok: false; reason: FolderFailure; detail: string } {
  switch (code(error)) {
    case 'EACCES':
    case 'EPERM':
      return { ok: false, reason: 'permission', detail: folder };
    case 'EROFS':
      return { ok: false, reason: 'read-only', detail: folder };
    case 'ENOTDIR':
      return { ok: false, reason: 'not-a-folder-in-path', detail: folder };
    case 'ELOOP':
      return { ok: false, reason: 'broken-link', detail: folder };
    default:
      return { ok: false, reason: 'io', detail: code(error) };
  }
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}
