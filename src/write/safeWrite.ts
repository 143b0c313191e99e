/**
 * The one way roadmap writes a file (docs/reference/editing.md): a temporary file in the same
 * folder, flushed to disk, then renamed over the target, so a reader never
 * sees half a file. Before renaming it checks that the target is still what
 * the command read, is not a symbolic link, stays inside its root folder and
 * is not read-only; the last check and the rename hold a lock file
 * (`.<name>.lock`, or one lock for a whole batch: beginBatch) so two writers
 * cannot both pass it. On any failure the
 * temporary file is removed and the target is left as it was. The fs calls
 * are injectable so tests can make each step fail (disk full at write, EIO at
 * fsync, rename refused…). Containment, locks and signals live in files of their own
 * (containment.ts, lock.ts, signals.ts); commands plan their writes through writer.ts.
 */
import type * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, normalize, sep } from 'node:path';
import { insideRoot, leavesRoot, nearestExisting, realPath } from './containment.js';
import { ensureFolder } from './ensureFolder.js';
import {
  beginBatch as beginFolderBatch,
  endBatch as endFolderBatch,
  takeFileLock,
  type LockRefusal,
  type WriteBatch,
} from './lock.js';
import { holdSignals } from './signals.js';
import { closeQuietly, errorCode, NODE_FS, removeQuietly, type WriteFs } from './writeFs.js';

export type { WriteFs } from './writeFs.js';
export { BATCH_LOCK_NAME, type WriteBatch } from './lock.js';

export interface WriteRequest {
  /** The folder the write must stay in (the roadmap folder, or the folder named by --out). */
  root: string;
  /** Path relative to root, forward or native slashes. */
  rel: string;
  /** The content, whole or as chunks written one after the other (a large document is never joined in memory). */
  bytes: Uint8Array | Iterable<Uint8Array>;
  /**
   * `create`: the file must not exist yet. `replace`: the file must still hold
   * exactly `expected`, the bytes the command read and edited.
   */
  mode: { kind: 'create' } | { kind: 'replace'; expected: Uint8Array };
  /**
   * Whether the file reaches the disk before the rename (fsync), so a power cut cannot leave an
   * empty file in its place. True unless said otherwise; the website says otherwise: its pages
   * are rebuilt from the roadmap on every run, and 20 000 flushes cost it minutes.
   */
  flush?: boolean;
  /** Part of a batch (beginBatch): the batch's lock covers the file, and its folders are checked once. */
  batch?: WriteBatch;
  /** Called once the whole content is in the temporary file, right before the rename (the site lists the file's hash there). */
  beforeRename?: () => void;
}

export type WriteFailure =
  | 'outside-root'
  | 'symlink'
  | 'exists'
  | 'missing'
  | 'changed-on-disk'
  | 'read-only'
  | 'not-a-file'
  | 'busy'
  | 'io';

export type WriteOutcome = { ok: true } | { ok: false; reason: WriteFailure; detail?: string };

/** Takes the folder's lock for a batch of writes (lock.ts). */
export function beginBatch(root: string, fs: WriteFs = NODE_FS): { ok: true; batch: WriteBatch } | LockRefusal {
  return beginFolderBatch(root, fs);
}

export function endBatch(batch: WriteBatch, fs: WriteFs = NODE_FS): void {
  endFolderBatch(batch, fs);
}

export function safeWrite(request: WriteRequest, fs: WriteFs = NODE_FS): WriteOutcome {
  const target = request.batch
    ? batchTargetPath(request.batch, request.rel, fs)
    : targetPath(request.root, request.rel, fs);
  if (typeof target !== 'string') return target;
  // Checked before the temporary file is written, so a refusal costs nothing; in a batch the
  // folder is locked, and only the check right before the rename is made.
  const refusal = request.batch ? undefined : checkTarget(target, request.mode, fs);
  if (refusal) return refusal;

  const temp = join(
    dirname(target),
    `.${target.slice(dirname(target).length + 1)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  const release = holdSignals(temp, fs);
  try {
    fd = fs.openSync(temp, 'wx', modeFor(target, request.mode, fs));
    writeAll(fs, fd, request.bytes);
    if (request.flush !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    request.beforeRename?.();
    // Checked again right before the rename, under a lock: without it, two writers could each
    // pass the check before either renames, and one edit would be lost while both say they wrote.
    const lock = request.batch ? undefined : join(dirname(target), `.${target.slice(dirname(target).length + 1)}.lock`);
    const locked = lock === undefined ? undefined : takeFileLock(lock, fs);
    if (locked) {
      removeQuietly(fs, temp);
      return locked;
    }
    try {
      const late = checkTarget(target, request.mode, fs);
      if (late) {
        removeQuietly(fs, temp);
        return late;
      }
      fs.renameSync(temp, target);
    } finally {
      if (lock !== undefined) removeQuietly(fs, lock);
    }
  } catch (error) {
    if (fd !== undefined) closeQuietly(fs, fd);
    removeQuietly(fs, temp);
    return { ok: false, reason: 'io', detail: errorCode(error) };
  } finally {
    release();
  }
  return { ok: true };
}

/** The absolute target, once it is known to stay inside root (symbolic links of folders included). */
function targetPath(root: string, rel: string, fs: WriteFs): string | WriteOutcome {
  const clean = normalize(rel);
  if (leavesRoot(clean)) return { ok: false, reason: 'outside-root' };
  const realRoot = realPath(root, fs);
  if (typeof realRoot !== 'string') return realRoot;
  const target = join(realRoot, clean);
  try {
    // The nearest existing folder is checked before creating any missing one, so mkdir never follows a link out.
    if (!insideRoot(realRoot, fs.realpathSync(nearestExisting(dirname(target), fs))))
      return { ok: false, reason: 'outside-root' };
    const folder = ensureFolder(dirname(target), fs);
    if (!folder.ok) return { ok: false, reason: 'io', detail: folder.reason };
    const realParent = fs.realpathSync(dirname(target));
    if (!insideRoot(realRoot, realParent)) return { ok: false, reason: 'outside-root' };
    return join(realParent, target.slice(dirname(target).length + 1));
  } catch (error) {
    return { ok: false, reason: 'io', detail: errorCode(error) };
  }
}

/** targetPath for a batch: the same checks, made once per folder. */
function batchTargetPath(batch: WriteBatch, rel: string, fs: WriteFs): string | WriteOutcome {
  const clean = normalize(rel);
  const folder = batch.folders.get(dirname(clean));
  // Only a folder that passed every check is remembered, so a path that leaves the root never finds one.
  if (folder !== undefined) return join(folder, basename(clean));
  const target = targetPath(batch.realRoot, clean, fs);
  if (typeof target === 'string') batch.folders.set(dirname(clean), dirname(target));
  return target;
}

/**
 * Removes a file an earlier run wrote, when `unchanged` says it still holds what that run
 * wrote, and then its folders once empty: never outside the root nor through a link, never a
 * dot file nor anything inside a dot folder (`.git`, `.nojekyll`, a lock: roadmap removes
 * none of them), and quietly nothing when the file is gone, changed or unreadable.
 * Says whether the file was removed.
 */
export function safeRemove(
  request: { root: string; rel: string; unchanged: (bytes: Uint8Array) => boolean; batch?: WriteBatch },
  fs: WriteFs = NODE_FS,
): boolean {
  const clean = normalize(request.rel);
  if (leavesRoot(clean) || isHidden(clean)) return false;
  try {
    const realRoot = request.batch?.realRoot ?? fs.realpathSync(request.root);
    const file = join(realRoot, clean);
    if (!insideRoot(realRoot, fs.realpathSync(dirname(file)))) return false;
    if (!fs.lstatSync(file).isFile() || !request.unchanged(fs.readFileSync(file))) return false;
    fs.unlinkSync(file);
    for (
      let folder = dirname(file);
      folder !== realRoot && fs.readdirSync(folder).length === 0;
      folder = dirname(folder)
    )
      fs.rmdirSync(folder);
    return true;
  } catch {
    // Gone already (then it is removed as asked), or unreadable: not ours to insist on.
    try {
      fs.lstatSync(join(request.root, clean));
      return false;
    } catch {
      return true;
    }
  }
}

/** A path with a segment that starts with a dot: a dot file, or inside a dot folder. */
export function isHidden(clean: string): boolean {
  return clean.split(sep).some((segment) => segment.startsWith('.'));
}

function checkTarget(target: string, mode: WriteRequest['mode'], fs: WriteFs): WriteOutcome | undefined {
  let stats: nodeFs.Stats | undefined;
  try {
    stats = fs.lstatSync(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { ok: false, reason: 'io', detail: errorCode(error) };
  }
  if (!stats) return mode.kind === 'create' ? undefined : { ok: false, reason: 'missing' };
  if (stats.isSymbolicLink()) return { ok: false, reason: 'symlink' };
  if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
  if (mode.kind === 'create') return { ok: false, reason: 'exists' };
  // Mode bits rather than access(): the rename would succeed over a read-only file, and root passes every access check.
  if ((stats.mode & 0o222) === 0) return { ok: false, reason: 'read-only' };
  let current: Uint8Array;
  try {
    current = fs.readFileSync(target);
  } catch (error) {
    return { ok: false, reason: 'io', detail: errorCode(error) };
  }
  return Buffer.compare(Buffer.from(current), Buffer.from(mode.expected)) === 0
    ? undefined
    : { ok: false, reason: 'changed-on-disk' };
}

/** An edited file keeps its permissions; a new one gets the usual 0666 less the umask. */
function modeFor(target: string, mode: WriteRequest['mode'], fs: WriteFs): number {
  if (mode.kind === 'create') return 0o666;
  try {
    return fs.lstatSync(target).mode & 0o777;
  } catch {
    return 0o666;
  }
}

function writeAll(fs: WriteFs, fd: number, content: Uint8Array | Iterable<Uint8Array>): void {
  if (content instanceof Uint8Array) writeChunk(fs, fd, content);
  else for (const chunk of content) writeChunk(fs, fd, chunk);
}

function writeChunk(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) {
    const n = fs.writeSync(fd, bytes, written, bytes.length - written);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    written += n;
  }
}
