/**
 * The portfolio's cache of fetched sources (`--cache`, default `.roadmap-cache/` beside the
 * portfolio file): a folder per git commit, checked out by git itself, and a folder per http
 * source, holding the package as downloaded. The cache is roadmap's own scratch space, never a
 * user's file: a folder is emptied before it is filled, and a git folder is marked complete
 * only once its checkout succeeded (a pinned commit never changes, so it is then reused).
 * The cache is recognised by its `CACHEDIR.TAG` (the Cache Directory Tagging Specification,
 * which backup tools honour): roadmap empties and removes folders only inside a cache that
 * carries it, so `--cache ~` cannot cost anybody a folder of theirs named `git/` or `http/`.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE_TAG = 'CACHEDIR.TAG';
const CACHE_SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';

/**
 * Makes `root` roadmap's cache: a new or empty folder gets its tag; a folder already tagged is
 * ours. Anything else (a file, a link, a folder of somebody's files) is not, and nothing in it
 * is touched: the caller says so.
 */
export function claimCache(root: string): 'ours' | 'not-ours' {
  try {
    const stats = lstatSync(root, { throwIfNoEntry: false });
    if (stats === undefined) mkdirSync(root, { recursive: true });
    else if (!stats.isDirectory()) return 'not-ours';
    else if (isTagged(root)) return 'ours';
    else if (readdirSync(root).length > 0) return 'not-ours';
    writeFileSync(
      join(root, CACHE_TAG),
      `${CACHE_SIGNATURE}\n# This folder is roadmap's cache of the portfolio's sources: it can be deleted at any time.\n`,
    );
    return 'ours';
  } catch {
    return 'not-ours';
  }
}

function isTagged(root: string): boolean {
  try {
    return readFileSync(join(root, CACHE_TAG), 'utf8').startsWith(CACHE_SIGNATURE);
  } catch {
    return false;
  }
}

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
