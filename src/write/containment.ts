/**
 * Containment: every path the writer touches stays inside its root folder, symbolic links of
 * folders included, and a root never lies inside a folder it must not write into (the roadmap
 * itself, a `.git` folder). Paths are compared after realpath, so a link cannot smuggle one in.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { errorCode, type WriteFs } from './writeFs.js';

/** A relative path that names the root itself or climbs out of it (after normalize). */
export function leavesRoot(clean: string): boolean {
  return isAbsolute(clean) || clean === '..' || clean.startsWith(`..${sep}`) || clean === '.';
}

export function insideRoot(realRoot: string, path: string): boolean {
  const fromRoot = relative(realRoot, path);
  return fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

export function realPath(path: string, fs: WriteFs): string | { ok: false; reason: 'io'; detail: string } {
  try {
    return fs.realpathSync(path);
  } catch (error) {
    return { ok: false, reason: 'io', detail: errorCode(error) };
  }
}

/** The path itself, or its nearest ancestor that exists (a link counts as existing, even dangling). */
export function nearestExisting(path: string, fs: WriteFs): string {
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

/**
 * Where a folder to be created would really be: the real path of its nearest existing
 * ancestor, followed by the missing names. Undefined when that ancestor cannot be resolved
 * (a dangling link), which the folder creation then names.
 */
export function realDestination(path: string, fs: WriteFs): string | undefined {
  const existing = nearestExisting(path, fs);
  try {
    const real = fs.realpathSync(existing);
    return existing === path ? real : `${real}${sep}${relative(existing, path)}`;
  } catch {
    return undefined;
  }
}

/**
 * The first of `forbidden` (real paths) that holds `realTarget`, or a `.git` folder on its
 * way: a command's output folder must not reach into the roadmap it reads nor into git's own
 * files, even through a symbolic link.
 */
export function forbiddenHolder(realTarget: string, forbidden: readonly string[]): string | undefined {
  for (const folder of forbidden) if (insideRoot(folder, realTarget)) return folder;
  const parts = realTarget.split(sep);
  const git = parts.indexOf('.git');
  return git >= 0 ? parts.slice(0, git + 1).join(sep) : undefined;
}
