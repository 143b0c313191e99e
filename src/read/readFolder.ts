/**
 * The only stage that touches the disk: lists and reads the entity files of a
 * roadmap folder, with its guards (size cap, symbolic links that leave the
 * folder, folders named like files). Everything after it is pure.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic, Params } from '../diagnostics/diagnostic.js';
import { CONVENTION_FILE, ENTITY_FOLDERS } from './layout.js';
import { isMisplaced } from './isMisplaced.js';
import { readReason } from './readReason.js';
import { compareText } from '../util/compareText.js';

export interface RawFile {
  /** Path relative to the roadmap folder, with forward slashes. */
  rel: string;
  bytes: Uint8Array;
}

export interface FolderContents {
  files: RawFile[];
  problems: Diagnostic[];
}

export const MAX_FILE_BYTES = 1024 * 1024;

export function readFolder(root: string, maxBytes = MAX_FILE_BYTES): FolderContents {
  const realRoot = realpathSync(root);
  const contents: FolderContents = { files: [], problems: [] };
  const reader = { realRoot, maxBytes, contents };
  readEntry(reader, root, CONVENTION_FILE, undefined);
  if (
    !contents.files.some((file) => file.rel === CONVENTION_FILE) &&
    !contents.problems.some((p) => p.file === CONVENTION_FILE)
  ) {
    addProblem(contents, 'read/missing-convention', CONVENTION_FILE);
  }
  for (const { folder, extension } of ENTITY_FOLDERS) {
    let entries: Dirent[];
    try {
      // A linked folder would let every file in it escape the check made on linked files.
      if (!isInside(realRoot, realpathSync(join(root, folder)))) {
        addProblem(contents, 'read/symlink-outside', folder);
        continue;
      }
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // An absent folder is an empty one; a looping or forbidden one is a problem to show.
      if (code !== 'ENOENT') addProblem(contents, 'read/unreadable', folder, { reason: readReason(code) });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = `${folder}/${entry.name}`;
      if (!entry.name.endsWith(extension)) {
        addProblem(contents, 'read/unexpected-file', rel, { expected: extension });
        continue;
      }
      readEntry(reader, root, rel, entry);
    }
  }
  reportMisplaced(root, contents);
  return contents;
}

/** Top-level entries that are neither the convention nor an entity folder: never read, so said. */
function reportMisplaced(root: string, contents: FolderContents): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return; // The convention's read already reported an unreadable folder.
  }
  const atRepositoryTop = existsSync(join(root, '.git'));
  for (const name of names.sort(compareText)) {
    if (isMisplaced(name, atRepositoryTop)) addProblem(contents, 'read/unexpected-place', name, { name });
  }
}

interface Reader {
  realRoot: string;
  maxBytes: number;
  contents: FolderContents;
}

function readEntry(reader: Reader, root: string, rel: string, entry: Dirent | undefined): void {
  const path = join(root, rel);
  const problem = (rule: string, params?: Params) => addProblem(reader.contents, rule, rel, params);
  try {
    if (!entry || entry.isSymbolicLink()) {
      const real = realpathSync(path);
      if (!isInside(reader.realRoot, real)) return void problem('read/symlink-outside');
      if (statSync(real).isDirectory()) return void problem('read/not-a-file', { name: rel });
    } else if (entry.isDirectory()) {
      return void problem('read/not-a-file', { name: rel });
    }
    const bytes = readCapped(path, reader.maxBytes);
    if (bytes === NOT_A_REGULAR_FILE) return void problem('read/unreadable', { reason: readReason('not-regular') });
    if (typeof bytes === 'number') return void problem('read/too-large', { size: bytes, limit: reader.maxBytes });
    reader.contents.files.push({ rel, bytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !entry) return; // No convention.yaml: reported by the caller.
    problem('read/unreadable', { reason: readReason(code) });
  }
}

function addProblem(contents: FolderContents, rule: string, file: string, params?: Params): void {
  contents.problems.push({ rule, file, at: { offset: 0 }, params });
}

export function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot + sep);
}

export const NOT_A_REGULAR_FILE = -1;

/**
 * The file's bytes, its size when it is over the cap (then nothing is read),
 * or NOT_A_REGULAR_FILE. Opened without blocking and checked on the open
 * descriptor, so a FIFO or device (even behind a link, even swapped in after
 * listing) can neither hang the read nor stream forever.
 */
export function readCapped(path: string, maxBytes: number): Uint8Array | number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return NOT_A_REGULAR_FILE;
    const size = stat.size;
    if (size > maxBytes) return size;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
