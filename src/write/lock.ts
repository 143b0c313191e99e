/**
 * Locks. A folder written by one run as a whole (the website, a meeting's documents) holds one
 * lock file, `.roadmap-write.lock`, with the writer's process id; a single file's check and
 * rename hold `.<name>.lock` for the moment between them. A lock file is untrusted input: it is
 * read without following links, only when it is a regular file, and never beyond a few bytes,
 * so a FIFO or a link to /dev/zero in its place can neither hang nor exhaust memory.
 */
import { constants } from 'node:fs';
import { join } from 'node:path';
import { realPath } from './containment.js';
import { holdSignals, releaseSignals } from './signals.js';
import { closeQuietly, errorCode, removeQuietly, type WriteFs } from './writeFs.js';

export const BATCH_LOCK_NAME = '.roadmap-write.lock';

/** Many files written into one folder by one run: one lock, and each sub-folder resolved and checked once. */
export interface WriteBatch {
  readonly root: string;
  readonly realRoot: string;
  /** The lock file, in the root: `.roadmap-write.lock`, holding the writer's process id. */
  readonly lock: string;
  /** Each target folder already checked, by its path under the real root, with its real path. */
  readonly folders: Map<string, string>;
}

export type LockRefusal = { ok: false; reason: 'busy' | 'not-a-file' | 'io'; detail?: string };

/**
 * Takes the folder's lock: refused ('busy') while another running process holds it; a lock
 * whose process has ended (a crash) is stale and taken over; anything but a regular file in
 * its place is refused ('not-a-file'). The root must exist. Until endBatch, an interrupt
 * removes the lock with the temporary files.
 */
export function beginBatch(root: string, fs: WriteFs): { ok: true; batch: WriteBatch } | LockRefusal {
  const realRoot = realPath(root, fs);
  if (typeof realRoot !== 'string') return realRoot;
  const lock = join(realRoot, BATCH_LOCK_NAME);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx', 0o600);
      try {
        fs.writeSync(fd, `${process.pid}\n`);
      } finally {
        closeQuietly(fs, fd);
      }
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return { ok: false, reason: 'io', detail: errorCode(error) };
      const owner = lockOwner(lock, fs);
      if (owner === 'not-a-file') return { ok: false, reason: 'not-a-file' };
      if (attempt > 0 || !isOwnerGone(owner, lock, fs)) return { ok: false, reason: 'busy' };
      removeQuietly(fs, lock);
    }
  }
  holdSignals(lock, fs);
  return { ok: true, batch: { root, realRoot, lock, folders: new Map() } };
}

export function endBatch(batch: WriteBatch, fs: WriteFs): void {
  removeQuietly(fs, batch.lock);
  releaseSignals(batch.lock);
}

/** A lock's process id holds a few digits: more than this is not a lock of ours. */
const LOCK_BYTES = 32;

/**
 * The process id a lock file names: read with O_NOFOLLOW and O_NONBLOCK (a FIFO answers at
 * once), checked to be a regular file by its open descriptor, and read up to LOCK_BYTES only.
 */
export function lockOwner(lock: string, fs: WriteFs): number | 'unreadable' | 'not-a-file' {
  let fd: number;
  try {
    fd = fs.openSync(lock, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    // ELOOP: the lock is a symbolic link, which roadmap never makes.
    return errorCode(error) === 'ELOOP' ? 'not-a-file' : 'unreadable';
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return 'not-a-file';
    const buffer = Buffer.alloc(LOCK_BYTES);
    const length = fs.readSync(fd, buffer, 0, LOCK_BYTES, 0);
    const pid = Number(buffer.toString('latin1', 0, length).trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : 'unreadable';
  } catch {
    return 'unreadable';
  } finally {
    closeQuietly(fs, fd);
  }
}

/** The lock's process has ended, or the lock holds no process id and is older than a crash's. */
function isOwnerGone(owner: number | 'unreadable', lock: string, fs: WriteFs): boolean {
  if (owner === 'unreadable') return isStale(lock, fs);
  try {
    process.kill(owner, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

/** A lock older than this was left by a writer that died between its check and its rename. */
const STALE_LOCK_MS = 10_000;

/**
 * Creates a single file's lock, or says why not: another writer holding it is about to
 * replace the file, so this one refuses as if the file had changed on disk.
 */
export function takeFileLock(
  lock: string,
  fs: WriteFs,
): { ok: false; reason: 'changed-on-disk' | 'io'; detail?: string } | undefined {
  for (let attempt = 0; ; attempt++) {
    try {
      closeQuietly(fs, fs.openSync(lock, 'wx', 0o600));
      return undefined;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return { ok: false, reason: 'io', detail: errorCode(error) };
      if (attempt > 0 || !isStale(lock, fs)) return { ok: false, reason: 'changed-on-disk' };
      removeQuietly(fs, lock);
    }
  }
}

function isStale(lock: string, fs: WriteFs): boolean {
  try {
    return Date.now() - fs.lstatSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return true;
  }
}
