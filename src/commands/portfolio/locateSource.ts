/**
 * Where a portfolio's source is on disk: a local folder as it is, a git repository's pinned
 * commit cloned shallow into the cache (a pinned commit checked out in an earlier run is used
 * as it is), an http(s) package downloaded into it. A source that cannot be had is a problem.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { fetchPackage } from '../../fetch/fetchPackage.js';
import { isPinnedCommit, shallowClone } from '../../git/shallowClone.js';
import { problem, type SourceProblem } from '../../diagnostics/sourceProblem.js';
import { sourceKind, type PortfolioEntry } from '../../model/portfolioFile.js';
import { terminalLine } from '../../util/sanitize.js';
import { emptyFolder, isComplete, markComplete, removeFolder, writePackageFiles } from '../../write/sourceCache.js';
import type { SourceJob } from './summariseSource.js';

const HTTP_LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

export interface SourceContext {
  base: string;
  cache: string;
  timeoutMs: number;
  asOf: string;
  today: string;
  lang: Lang;
}

export type Located =
  | { ok: true; kind: SourceJob['kind']; dir: string; site: string | null }
  | { ok: false; problem: SourceProblem; site: string | null };

/** Where a source's files are on disk once fetched, and what kind of folder holds them. */
export async function locate(entry: PortfolioEntry, ctx: SourceContext): Promise<Located> {
  const source = sourceKind(entry.source);
  switch (source.kind) {
    case 'local':
      return { ...onDisk(resolve(ctx.base, source.path)), site: null };
    case 'git': {
      const url =
        /^[a-z][a-z0-9+.-]*:\/\//i.test(source.url) || /^[^/]+@[^/]+:/.test(source.url)
          ? source.url
          : resolve(ctx.base, source.url);
      // A pinned commit never changes: a folder checked out at it in an earlier run is used as it is.
      const folder = join(ctx.cache, 'git', isPinnedCommit(source.commit) ? source.commit : 'not-a-pin');
      const tree = join(folder, 'tree');
      const cloned = isComplete(folder)
        ? { ok: true as const }
        : await cloneInto(url, source.commit, folder, tree, ctx.timeoutMs);
      if (!cloned.ok) {
        const params = {
          url: terminalLine(source.url).slice(0, 200),
          commit: terminalLine(source.commit).slice(0, 80),
          detail: terminalLine(cloned.detail).slice(0, 200),
        };
        return {
          ok: false,
          site: null,
          problem: problem(
            cloned.reason === 'not-a-pin'
              ? 'git/address'
              : cloned.reason === 'unknown-commit'
                ? 'git/unknown-commit'
                : 'git/failed',
            params,
          ),
        };
      }
      return { ...onDisk(tree), site: null };
    }
    case 'http': {
      const folder = join(ctx.cache, 'http', entry.id);
      const fetched = await fetchPackage(source.url, { timeoutMs: ctx.timeoutMs, ...HTTP_LIMITS });
      const site = publishedSite(source.url);
      if (!fetched.ok) return { ok: false, problem: fetched.problem, site };
      writePackageFiles(folder, fetched.files);
      return { ok: true, kind: 'package', dir: folder, site };
    }
  }
}

async function cloneInto(url: string, commit: string, folder: string, tree: string, timeoutMs: number) {
  if (!isPinnedCommit(commit)) return shallowClone(url, commit, tree, timeoutMs);
  emptyFolder(tree);
  const cloned = await shallowClone(url, commit, tree, timeoutMs);
  if (cloned.ok) markComplete(folder);
  else removeFolder(folder);
  return cloned;
}

function onDisk(
  dir: string,
): { ok: true; kind: SourceJob['kind']; dir: string } | { ok: false; problem: SourceProblem } {
  const shown = { path: terminalLine(dir).slice(0, 300) };
  if (!existsSync(dir)) return { ok: false, problem: problem('source/missing', shown) };
  const isFile = (path: string): boolean => {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  };
  if (isFile(join(dir, 'datapackage.json'))) return { ok: true, kind: 'package', dir };
  if (isFile(join(dir, 'convention.yaml'))) return { ok: true, kind: 'folder', dir };
  if (isFile(join(dir, 'roadmap', 'convention.yaml'))) return { ok: true, kind: 'folder', dir: join(dir, 'roadmap') };
  return { ok: false, problem: problem('source/not-a-roadmap', shown) };
}

/** A package published by `init --open-data` lives at `<site>/data/datapackage.json`: its site is two steps up. */
function publishedSite(address: string): string | null {
  try {
    const url = new URL(address);
    return /\/data\/datapackage\.json$/.test(url.pathname) ? new URL('..', new URL('.', url)).href : null;
  } catch {
    return null;
  }
}
