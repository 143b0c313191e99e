/**
 * The only stage that touches the disk: lists and reads the entity files of a
 * roadmap folder, with its guards (size cap, symbolic links that leave the
 * folder, folders named like files). Everything after it is pure.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic, Params } from '../diagnostics/diagnostic.js';
import { CONVENTION_FILE, ENTITY_FOLDERS } from './layout.js';

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
  if (!contents.files.some((file) => file.rel === CONVENTION_FILE) && !contents.problems.some((p) => p.file === CONVENTION_FILE)) {
    contents.problems.push({ rule: 'read/missing-convention', file: CONVENTION_FILE, at: { offset: 0 } });
  }
  for (const { folder, extension } of ENTITY_FOLDERS) {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      continue; // An absent folder is an empty one.
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = `${folder}/${entry.name}`;
      if (!entry.name.endsWith(extension)) {
        contents.problems.push({ rule: 'read/unexpected-file', file: rel, at: { offset: 0 }, params: { expected: extension } });
        continue;
      }
      readEntry(reader, root, rel, entry);
    }
  }
  return contents;
}

interface Reader {
  realRoot: string;
  maxBytes: number;
  contents: FolderContents;
}

function readEntry(reader: Reader, root: string, rel: string, entry: Dirent | undefined): void {
  const path = join(root, rel);
  const problem = (rule: string, params?: Params) =>
    reader.contents.problems.push({ rule, file: rel, at: { offset: 0 }, params });
  try {
    if (!entry || entry.isSymbolicLink()) {
      const real = realpathSync(path);
      if (real !== reader.realRoot && !real.startsWith(reader.realRoot + sep)) return void problem('read/symlink-outside');
      if (statSync(real).isDirectory()) return void problem('read/not-a-file', { name: rel });
    } else if (entry.isDirectory()) {
      return void problem('read/not-a-file', { name: rel });
    } else if (!entry.isFile()) {
      return void problem('read/unreadable', { reason: 'not a regular file' });
    }
    const bytes = readCapped(path, reader.maxBytes);
    if (typeof bytes === 'number') return void problem('read/too-large', { size: bytes, limit: reader.maxBytes });
    reader.contents.files.push({ rel, bytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !entry) return; // No convention.yaml: reported by the caller.
    problem('read/unreadable', { reason: code ?? 'error' });
  }
}

/** The file's bytes, or its size when it is over the cap (then nothing is read). */
function readCapped(path: string, maxBytes: number): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
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
