/**
 * The roadmap as it stood in a commit, read straight from git objects: one
 * `git ls-tree` and one `git cat-file --batch`, no checkout. It yields the
 * same RawFile[] as reading the folder on disk, so loadRoadmap works unchanged.
 */
import { posix } from 'node:path';
import { GitFailure } from './gitFailure.js';
import type { FolderContents } from '../read/readFolder.js';
import { MAX_FILE_BYTES, type RawFile } from '../read/readFolder.js';
import { CONVENTION_FILE } from '../read/layout.js';
import { listTree, type TreeEntry } from './listTree.js';
import type { RepositoryLocation } from './locateRepository.js';
import { readBlobs } from './readBlobs.js';
import { byReadingOrder, selectRoadmapEntries, type RoadmapEntry } from './selectRoadmapEntries.js';

export interface RevisionContents extends FolderContents {
  /** Where the roadmap folder was in that commit (repository-relative, trailing slash; '' = top). */
  folder: string;
}

const MAX_LINK_HOPS = 8;

export function readRevision(repo: RepositoryLocation, commit: string, maxBytes = MAX_FILE_BYTES): RevisionContents {
  let folder = repo.prefix;
  let entries = listTree(repo, commit, folder);
  if (entries.length === 0) {
    // The folder is absent from that commit: it was probably moved since.
    const all = listTree(repo, commit, '');
    folder = movedFolder(all, repo.prefix, commit);
    entries = all.filter((entry) => entry.path.startsWith(folder));
  }
  const selected = selectRoadmapEntries(entries, folder, maxBytes);
  const contents = readBlobs(repo, [...selected.files, ...selected.links]);
  const files: RawFile[] = selected.files.map((entry) => ({ rel: entry.rel, bytes: contents.get(entry.oid)! }));
  const problems = selected.problems;
  if (selected.links.length > 0) {
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    const targets = selected.links.map((link) => followLink(link, byPath, contents, folder));
    const toRead = targets.filter((target): target is TreeEntry => typeof target === 'object' && !contents.has(target.oid));
    for (const [oid, bytes] of readBlobs(repo, toRead)) contents.set(oid, bytes);
    selected.links.forEach((link, index) => {
      const target = targets[index]!;
      if (typeof target === 'string') problems.push({ rule: target, file: link.rel, at: { offset: 0 }, params: { name: link.rel, reason: 'ENOENT' } });
      else if (target.size > maxBytes) problems.push({ rule: 'read/too-large', file: link.rel, at: { offset: 0 }, params: { size: target.size, limit: maxBytes } });
      else files.push({ rel: link.rel, bytes: contents.get(target.oid)! });
    });
  }
  files.sort(byReadingOrder);
  return { files, problems, folder };
}

/** The folder holding a convention.yaml in that commit: same name as today's first, then the shallowest. */
function movedFolder(all: readonly TreeEntry[], prefix: string, commit: string): string {
  const candidates = all
    .filter((entry) => entry.path === CONVENTION_FILE || entry.path.endsWith(`/${CONVENTION_FILE}`))
    .map((entry) => entry.path.slice(0, -CONVENTION_FILE.length));
  if (candidates.length === 0) {
    throw new GitFailure({ kind: 'no-roadmap', commit: commit.slice(0, 12), path: `${prefix}${CONVENTION_FILE}` });
  }
  const name = posix.basename(prefix);
  const depth = (path: string) => path.split('/').length;
  candidates.sort((a, b) => Number(posix.basename(b) === name) - Number(posix.basename(a) === name) || depth(a) - depth(b) || (a < b ? -1 : 1));
  return candidates[0]!;
}

/**
 * The blob a symbolic link stands for inside the roadmap folder, or the rule
 * to report: like on disk, a link may not leave the folder.
 */
function followLink(
  link: RoadmapEntry,
  byPath: ReadonlyMap<string, TreeEntry>,
  contents: ReadonlyMap<string, Uint8Array>,
  folder: string,
): TreeEntry | string {
  let entry: TreeEntry = link;
  for (let hop = 0; hop < MAX_LINK_HOPS && entry.mode === '120000'; hop++) {
    const bytes = contents.get(entry.oid);
    if (!bytes) return 'read/unreadable';
    const target = Buffer.from(bytes).toString('utf8');
    const resolved = posix.normalize(posix.join(posix.dirname(entry.path), target));
    if (posix.isAbsolute(target) || !resolved.startsWith(folder) || resolved.startsWith('../')) return 'read/symlink-outside';
    const next = byPath.get(resolved);
    if (!next) {
      const isFolder = [...byPath.keys()].some((path) => path.startsWith(`${resolved}/`));
      return isFolder ? 'read/not-a-file' : 'read/unreadable';
    }
    entry = next;
  }
  return entry.mode === '120000' ? 'read/unreadable' : entry;
}
