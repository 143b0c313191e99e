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
 * fsync, rename refused…).
 */
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { ensureFolder } from './ensureFolder.js';

export type WriteFs = Pick<typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'lstatSync' | 'statSync' | 'readFileSync' | 'realpathSync' | 'mkdirSync' | 'readdirSync' | 'rmdirSync'>;

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
}

/**
 * Many files written into one folder by one run (the website's ten thousand pages): one lock
 * for the whole folder instead of a lock file created and removed per file, which cost more
 * than the page itself, and each sub-folder resolved and checked once.
 */
export interface WriteBatch {
  readonly root: string;
  readonly realRoot: string;
  /** The lock file, in the root: `.roadmap-write.lock`, holding the writer's process id. */
  readonly lock: string;
  /** Each target folder already checked, by its path under the real root, with its real path. */
  readonly folders: Map<string, string>;
}

export const BATCH_LOCK_NAME = '.roadmap-write.lock';

export type WriteFailure =
  | 'outside-root' | 'symlink' | 'exists' | 'missing' | 'changed-on-disk' | 'read-only' | 'not-a-file' | 'busy' | 'io';

export type WriteOutcome = { ok: true } | { ok: false; reason: WriteFailure; detail?: string };

/**
 * Every check safeWrite makes before it writes, without writing anything nor
 * creating a folder: a command checks all its targets with it before the
 * first write, so a refusal never leaves half of a plan on disk.
 */
export function checkWrite(request: WriteRequest, fs: WriteFs = nodeFs): WriteOutcome {
  const clean = normalize(request.rel);
  if (leavesRoot(clean)) return { ok: false, reason: 'outside-root' };
  let realRoot: string;
  let realNearest: string;
  const target = join(request.root, clean);
  try {
    realRoot = fs.realpathSync(request.root);
    realNearest = fs.realpathSync(nearestExisting(dirname(target), fs));
  } catch (error) {
    return { ok: false, reason: 'io', detail: errorCode(error) };
  }
  if (!insideRoot(realRoot, realNearest)) return { ok: false, reason: 'outside-root' };
  return checkTarget(target, request.mode, fs) ?? { ok: true };
}

/**
 * Takes the folder's lock for a batch of writes: refused ('busy') while another running
 * process holds it; a lock whose process has ended (a crash) is stale and taken over.
 * The root must exist. Until endBatch, an interrupt removes the lock with the temporary files.
 */
export function beginBatch(root: string, fs: WriteFs = nodeFs): { ok: true; batch: WriteBatch } | { ok: false; reason: WriteFailure; detail?: string } {
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
      if (attempt > 0 || !isOwnerGone(lock, fs)) return { ok: false, reason: 'busy' };
      removeQuietly(fs, lock);
    }
  }
  holdSignals(lock, fs);
  return { ok: true, batch: { root, realRoot, lock, folders: new Map() } };
}

export function endBatch(batch: WriteBatch, fs: WriteFs = nodeFs): void {
  removeQuietly(fs, batch.lock);
  live.delete(batch.lock);
}

/** The batch lock's process has ended, or the lock holds no process id and is older than a crash's. */
function isOwnerGone(lock: string, fs: WriteFs): boolean {
  let pid: number;
  try {
    pid = Number(String(fs.readFileSync(lock, 'utf8')).trim());
  } catch {
    return true;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return isStale(lock, fs);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}

export function safeWrite(request: WriteRequest, fs: WriteFs = nodeFs): WriteOutcome {
  const target = request.batch ? batchTargetPath(request.batch, request.rel, fs) : targetPath(request.root, request.rel, fs);
  if (typeof target !== 'string') return target;
  // Checked before the temporary file is written, so a refusal costs nothing; in a batch the
  // folder is locked, and only the check right before the rename is made.
  const refusal = request.batch ? undefined : checkTarget(target, request.mode, fs);
  if (refusal) return refusal;

  const temp = join(dirname(target), `.${target.slice(dirname(target).length + 1)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  const release = holdSignals(temp, fs);
  try {
    fd = fs.openSync(temp, 'wx', modeFor(target, request.mode, fs));
    writeAll(fs, fd, request.bytes);
    if (request.flush !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // Checked again right before the rename, under a lock: without it, two writers could each
    // pass the check before either renames, and one edit would be lost while both say they wrote.
    const lock = request.batch ? undefined : join(dirname(target), `.${target.slice(dirname(target).length + 1)}.lock`);
    const locked = lock === undefined ? undefined : takeLock(lock, fs);
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

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** Temporary files being written, each with the fs that can remove it. */
const live = new Map<string, WriteFs>();
let holding = false;

/**
 * Once roadmap writes, Ctrl-C and SIGTERM no longer kill the process on the
 * spot, which would leave a temporary file behind: the signal waits until the
 * write in progress has finished or been undone, any temporary file still
 * there is removed, and the signal is raised again with its default action,
 * so the process ends as it was asked to.
 */
function holdSignals(temp: string, fs: WriteFs): () => void {
  if (!holding) {
    holding = true;
    for (const signal of SIGNALS) process.once(signal, onSignal);
  }
  live.set(temp, fs);
  return () => void live.delete(temp);
}

/** What an interrupted command still writes before it ends (the website's manifest of the files it wrote). */
const finishers = new Set<() => void>();

/**
 * Registers work to do when an interrupt arrives while roadmap writes: it runs after the
 * temporary files are removed and before the process ends. Returns the way to cancel it.
 */
export function whenInterrupted(finish: () => void): () => void {
  finishers.add(finish);
  return () => void finishers.delete(finish);
}

function onSignal(signal: NodeJS.Signals): void {
  for (const [temp, fs] of live) removeQuietly(fs, temp);
  live.clear();
  for (const finish of [...finishers]) {
    try {
      finish();
    } catch {
      // The process ends anyway; what could be written was.
    }
  }
  finishers.clear();
  for (const other of SIGNALS) process.off(other, onSignal);
  holding = false;
  process.kill(process.pid, signal);
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
    if (!insideRoot(realRoot, fs.realpathSync(nearestExisting(dirname(target), fs)))) return { ok: false, reason: 'outside-root' };
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
 * wrote, and then its folders once empty: never outside the root nor through a link, and
 * quietly nothing when the file is gone, changed or unreadable.
 */
export function safeRemove(request: { root: string; rel: string; unchanged: (bytes: Uint8Array) => boolean; batch?: WriteBatch }, fs: WriteFs = nodeFs): void {
  const clean = normalize(request.rel);
  if (leavesRoot(clean)) return;
  try {
    const realRoot = request.batch?.realRoot ?? fs.realpathSync(request.root);
    const file = join(realRoot, clean);
    if (!insideRoot(realRoot, fs.realpathSync(dirname(file)))) return;
    if (!fs.lstatSync(file).isFile() || !request.unchanged(fs.readFileSync(file))) return;
    fs.unlinkSync(file);
    for (let folder = dirname(file); folder !== realRoot && fs.readdirSync(folder).length === 0; folder = dirname(folder)) fs.rmdirSync(folder);
  } catch {
    // Gone already, or unreadable: not ours to insist on.
  }
}

/** A relative path that names the root itself or climbs out of it (after normalize). */
function leavesRoot(clean: string): boolean {
  return isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`) || clean === '.';
}

function realPath(path: string, fs: WriteFs): string | { ok: false; reason: 'io'; detail: string } {
  try {
    return fs.realpathSync(path);
  } catch (error) {
    return { ok: false, reason: 'io', detail: errorCode(error) };
  }
}

function insideRoot(realRoot: string, path: string): boolean {
  const fromRoot = relative(realRoot, path);
  return fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

function nearestExisting(path: string, fs: WriteFs): string {
  let current = path;
  for (;;) {
    try {
      fs.lstatSync(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
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
  return Buffer.compare(Buffer.from(current), Buffer.from(mode.expected)) === 0 ? undefined : { ok: false, reason: 'changed-on-disk' };
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

/** A lock older than this was left by a writer that died between its check and its rename. */
const STALE_LOCK_MS = 10_000;

/**
 * Creates the lock file, or says why not: another writer holding it is about to
 * replace the file, so this one refuses as if the file had changed on disk.
 */
function takeLock(lock: string, fs: WriteFs): WriteOutcome | undefined {
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

function closeQuietly(fs: WriteFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already failing: the write's own error is the one to report.
  }
}

function removeQuietly(fs: WriteFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Nothing to remove (the open failed) or nothing more we can do.
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}
