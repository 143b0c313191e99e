/**
 * The portfolio's cache of fetched sources (`--cache`, default `.roadmap-cache/` beside the
 * portfolio file): a folder per git commit, checked out by git itself, and a folder per http
 * source, holding the package as downloaded. The cache is roadmap's own scratch space, never a
 * user's file: a folder is emptied before it is filled, and a git folder is marked complete
 * only once its checkout succeeded (a pinned commit never changes, so it is then reused).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COMPLETE_MARK = '.roadmap-complete';
/** The only names a downloaded package brings: its descriptor and `<table>.csv`. */
const PACKAGE_FILE = /^(datapackage\.json|[a-z_]{1,40}\.csv)$/;

export function emptyFolder(path: string): void {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
}

export function removeFolder(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

export function isComplete(path: string): boolean {
  return existsSync(join(path, COMPLETE_MARK));
}

export function markComplete(path: string): void {
  mkdirSync(join(path, COMPLETE_MARK), { recursive: true });
}

/** A downloaded package into its (emptied) folder; a name other than a package's is never written. */
export function writePackageFiles(folder: string, files: ReadonlyMap<string, Uint8Array>): void {
  emptyFolder(folder);
  for (const [name, bytes] of files) if (PACKAGE_FILE.test(name)) writeFileSync(join(folder, name), bytes);
}
