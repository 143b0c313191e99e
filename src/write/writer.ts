/**
 * The one writer of every file a command writes (docs/reference/writing.md): a command plans
 * its targets, then writes all of them or none, then reports.
 *
 *   const planned = planWrites(root, targets, { forbidden: [roadmapDir] });   // reads, writes nothing
 *   if (!planned.ok) → say planned.refusal (nothing was written)
 *   const opened = openWriter(planned.plan);      // makes the root and every planned folder, takes the lock
 *   opened.writer.write(rel, bytes) …             // temp + rename, each file checked again right before
 *   opened.writer.close()                         // gives the lock back
 *
 * One idea of ownership, the target's claim: `new` (must not exist), `edit` (must still hold
 * the bytes the command read), `ours` (absent, or recognisably made by roadmap: a generated
 * marker, a hash in the site's manifest). One lock per root (lock.ts), containment (a path never
 * leaves its root, a root never lies in the roadmap nor in `.git`: containment.ts), and signals
 * (signals.ts) held while writing.
 */
import { constants, type Stats } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { forbiddenHolder, insideRoot, leavesRoot, realDestination } from './containment.js';
import { ensureFolder, inspectFolder, type FolderFailure } from './ensureFolder.js';
import { BATCH_LOCK_NAME, beginBatch, endBatch, type WriteBatch } from './lock.js';
import { safeRemove, safeWrite, type WriteFailure, type WriteOutcome } from './safeWrite.js';
import { closeQuietly, errorCode, NODE_FS, type WriteFs } from './writeFs.js';

export type Claim =
  | { kind: 'new' }
  | { kind: 'edit'; expected: Uint8Array }
  | { kind: 'ours'; isOurs: (current: Uint8Array) => boolean };

export interface Target {
  /** Path under the root, with forward slashes. */
  rel: string;
  claim: Claim;
}

/** Why a plan, or the opening of a writer, was refused: `rel` names the file or folder in question ('' for the root). */
export type WriteRefusal =
  | { rel: string; folder?: false; reason: WriteFailure | 'not-ours' | 'forbidden'; detail?: string }
  /** A folder that is not one, cannot be made, or leads nowhere; `detail` names it. */
  | { rel: string; folder: true; reason: FolderFailure; detail: string };

export interface PlannedFile {
  rel: string;
  /** The bytes there now, when the file exists (then it is ours to replace). */
  existing?: Uint8Array;
}

export interface WritePlan {
  root: string;
  /** Every planned file, by its normalised path with forward slashes. */
  files: ReadonlyMap<string, PlannedFile>;
  /** Every folder the targets need, root included, each checked to be (or be able to become) a folder. */
  folders: readonly string[];
  /** Real paths the root must not lie in. */
  forbidden: readonly string[];
}

export interface PlanOptions {
  /** Folders the root must not lie in, even through a link (the roadmap a command reads); `.git` always. */
  forbidden?: readonly string[];
  /** Folders the run will write into whose files are not known yet (the website's search index), checked like the targets' own. */
  folders?: readonly string[];
  fs?: WriteFs;
}

/** The normalised form of a path under a root, with forward slashes: `./index.html` and `index.html` are one file. */
export function cleanRel(rel: string): string {
  return normalize(rel).split(sep).join('/');
}

/**
 * Checks every target before anything is written: each path stays in the root, each of its
 * folders is a folder or can be made one (no file, no dangling link in the way), and each
 * file is absent or may be replaced under its claim. Writes nothing, creates nothing.
 */
export function planWrites(
  root: string,
  targets: readonly Target[],
  options: PlanOptions = {},
): { ok: true; plan: WritePlan } | { ok: false; refusal: WriteRefusal } {
  const fs = options.fs ?? NODE_FS;
  const forbidden = (options.forbidden ?? []).map((folder) => realDestination(folder, fs) ?? folder);
  const rootCheck = checkFolder(root, '', root, fs);
  if (rootCheck) return { ok: false, refusal: rootCheck };
  const realRoot = realDestination(root, fs);
  if (realRoot !== undefined && forbiddenHolder(realRoot, forbidden) !== undefined)
    return { ok: false, refusal: { rel: '', reason: 'forbidden', detail: forbiddenHolder(realRoot, forbidden) } };
  const files = new Map<string, PlannedFile>();
  const folders = new Set<string>(['']);
  const needFolders = (rel: string): WriteRefusal | undefined => {
    for (let folder = rel; folder !== '.' && !folders.has(folder); folder = dirname(folder)) {
      const refused = checkFolder(join(root, folder), folder, root, fs);
      if (refused) return refused;
      folders.add(folder);
    }
    return undefined;
  };
  for (const folder of options.folders ?? []) {
    if (leavesRoot(normalize(folder))) return { ok: false, refusal: { rel: folder, reason: 'outside-root' } };
    const refused = needFolders(cleanRel(folder));
    if (refused) return { ok: false, refusal: refused };
  }
  for (const target of targets) {
    const rel = cleanRel(target.rel);
    if (leavesRoot(normalize(target.rel))) return { ok: false, refusal: { rel: target.rel, reason: 'outside-root' } };
    const refused = needFolders(dirname(rel));
    if (refused) return { ok: false, refusal: refused };
    const state = fileState(join(root, rel), target.claim, fs);
    if (state !== undefined && !(state instanceof Uint8Array)) return { ok: false, refusal: { rel, ...state } };
    files.set(rel, { rel, existing: state });
  }
  return { ok: true, plan: { root, files, folders: [...folders].sort((a, b) => a.length - b.length), forbidden } };
}

/** A folder is, or can become, a folder inside the root. */
function checkFolder(path: string, rel: string, root: string, fs: WriteFs): WriteRefusal | undefined {
  const inspected = inspectFolder(path, fs);
  if (!inspected.ok) return { rel, folder: true, reason: inspected.reason, detail: inspected.detail };
  if (rel === '') return undefined;
  const realRoot = realDestination(root, fs);
  const real = realDestination(path, fs);
  if (realRoot !== undefined && real !== undefined && !insideRoot(realRoot, real))
    return { rel, reason: 'outside-root' };
  return undefined;
}

/** The bytes of a file that may be replaced, undefined when absent, or why it may not be written. */
function fileState(
  path: string,
  claim: Claim,
  fs: WriteFs,
): Uint8Array | undefined | { reason: WriteFailure | 'not-ours'; detail?: string } {
  let stats: Stats;
  try {
    stats = fs.lstatSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { reason: 'io', detail: errorCode(error) };
    return claim.kind === 'edit' ? { reason: 'missing' } : undefined;
  }
  if (stats.isSymbolicLink()) return { reason: 'symlink' };
  if (!stats.isFile()) return { reason: 'not-a-file' };
  if (claim.kind === 'new') return { reason: 'exists' };
  if ((stats.mode & 0o222) === 0) return { reason: 'read-only' };
  let current: Uint8Array;
  try {
    current = fs.readFileSync(path);
  } catch (error) {
    return { reason: 'io', detail: errorCode(error) };
  }
  if (claim.kind === 'edit')
    return Buffer.compare(Buffer.from(current), Buffer.from(claim.expected)) === 0
      ? current
      : { reason: 'changed-on-disk' };
  return claim.isOurs(current) ? current : { reason: 'not-ours' };
}

export interface Writer {
  /** Writes one file: a planned one under its claim, any other as a new file; `beforeRename` as in WriteRequest. */
  write(rel: string, bytes: Uint8Array | Iterable<Uint8Array>, beforeRename?: () => void): WriteOutcome;
  /**
   * Writes `start` as `rel`, then keeps it open to append to as the run goes: what it lists
   * survives even a kill (the site's manifest of the files written so far). An append that
   * fails ends the appending quietly; the run's last write of `rel` replaces the whole file.
   */
  openLog(rel: string, start: Uint8Array): WriteOutcome & { append?: (bytes: Uint8Array) => void };
  /** Removes a file an earlier run wrote, if `unchanged` recognises it; never a dot file (safeRemove). Says whether it went. */
  remove(rel: string, unchanged: (bytes: Uint8Array) => boolean): boolean;
  /** Every file written so far, in order. */
  readonly written: readonly string[];
  /** Gives the lock back; call it on every exit path (finally). */
  close(): void;
}

export interface WriterOptions {
  /** Flush each file to disk before its rename (true unless said otherwise: see WriteRequest.flush). */
  flush?: boolean;
  fs?: WriteFs;
}

/**
 * Makes the root and every planned folder, then takes the root's lock: all of it before the
 * first file is written, so a refusal here still leaves nothing written (at most empty folders).
 */
export function openWriter(
  plan: WritePlan,
  options: WriterOptions = {},
): { ok: true; writer: Writer } | { ok: false; refusal: WriteRefusal } {
  const fs = options.fs ?? NODE_FS;
  for (const folder of plan.folders) {
    const made = ensureFolder(folder === '' ? plan.root : join(plan.root, folder), fs);
    if (!made.ok)
      return { ok: false, refusal: { rel: folder, folder: true, reason: made.reason, detail: made.detail } };
    if (folder === '') {
      // The root is real now: a link made meanwhile cannot carry it into a forbidden folder.
      const realRoot = realDestination(plan.root, fs);
      const holder = realRoot === undefined ? undefined : forbiddenHolder(realRoot, plan.forbidden);
      if (holder !== undefined) return { ok: false, refusal: { rel: '', reason: 'forbidden', detail: holder } };
    }
  }
  const begun = beginBatch(plan.root, fs);
  if (!begun.ok) return { ok: false, refusal: { rel: BATCH_LOCK_NAME, reason: begun.reason, detail: begun.detail } };
  const batch: WriteBatch = begun.batch;
  const written: string[] = [];
  const flush = options.flush;
  /** What this run last wrote to a file, for its next write to check against (a log's appends included). */
  const own = new Map<string, Uint8Array[]>();
  const logs: number[] = [];
  const expectedOf = (rel: string): Uint8Array | undefined => {
    const mine = own.get(rel);
    return mine === undefined ? plan.files.get(rel)?.existing : Buffer.concat(mine);
  };
  const write = (rel: string, bytes: Uint8Array | Iterable<Uint8Array>, beforeRename?: () => void): WriteOutcome => {
    const clean = cleanRel(rel);
    const existing = expectedOf(clean);
    const outcome = safeWrite(
      {
        root: plan.root,
        rel,
        bytes,
        mode: existing ? { kind: 'replace', expected: existing } : { kind: 'create' },
        flush,
        batch,
        beforeRename,
      },
      fs,
    );
    if (outcome.ok) {
      written.push(clean);
      if (own.has(clean) || bytes instanceof Uint8Array) own.set(clean, bytes instanceof Uint8Array ? [bytes] : []);
    }
    return outcome;
  };
  return {
    ok: true,
    writer: {
      written,
      write,
      openLog(rel, start) {
        const outcome = write(rel, start);
        if (!outcome.ok) return outcome;
        let fd: number | undefined;
        try {
          fd = fs.openSync(
            join(batch.realRoot, cleanRel(rel)),
            constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW | constants.O_NONBLOCK,
          );
          logs.push(fd);
        } catch {
          return outcome;
        }
        const chunks = own.get(cleanRel(rel))!;
        return {
          ok: true,
          append(bytes) {
            if (fd === undefined) return;
            try {
              fs.writeSync(fd, bytes);
              chunks.push(bytes);
            } catch {
              fd = undefined;
            }
          },
        };
      },
      remove(rel, unchanged) {
        return safeRemove({ root: plan.root, rel, unchanged, batch }, fs);
      },
      close() {
        for (const fd of logs.splice(0)) closeQuietly(fs, fd);
        endBatch(batch, fs);
      },
    },
  };
}
