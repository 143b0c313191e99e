/**
 * The roadmap as it stood in a commit, read straight from git objects: one
 * `git ls-tree` and one `git cat-file --batch`, no checkout. It yields the
 * same RawFile[] as reading the folder on disk, so loadRoadmap works unchanged.
 */
import { posix } from 'node:path';
import type { FolderContents } from '../read/readFolder.js';
import { MAX_FILE_BYTES, type RawFile } from '../read/readFolder.js';
import { CONVENTION_FILE } from '../read/layout.js';
import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import { listTree, type TreeEntry } from './listTree.js';
import type { RepositoryLocation } from './locateRepository.js';
import { readBlobs } from './readBlobs.js';
import { byReadingOrder, selectRoadmapEntries, type RoadmapEntry } from './selectRoadmapEntries.js';

export interface RevisionContents extends FolderContents {
  /** Where the roadmap folder was in that commit (repository-relative, trailing slash; '' = top). */
  folder: string;
}

const MAX_LINK_HOPS = 8;

export function readRevision(
  repo: RepositoryLocation,
  commit: string,
  maxBytes = MAX_FILE_BYTES,
): GitResult<RevisionContents> {
  let folder = repo.prefix;
  const listed = listTree(repo, commit, folder);
  if (!listed.ok) return listed;
  let entries = listed.value;
  if (entries.length === 0) {
    // The folder is absent from that commit: it was probably moved since.
    const all = listTree(repo, commit, '');
    if (!all.ok) return all;
    const moved = movedFolder(all.value, repo.prefix);
    if (moved === undefined)
      return gitProblem({ kind: 'no-roadmap', commit: commit.slice(0, 12), path: `${repo.prefix}${CONVENTION_FILE}` });
    folder = moved;
    entries = all.value.filter((entry) => entry.path.startsWith(folder));
  }
  const selected = selectRoadmapEntries(entries, folder, maxBytes);
  const read = readBlobs(repo, [...selected.files, ...selected.links]);
  if (!read.ok) return read;
  const contents = read.value;
  const files: RawFile[] = selected.files.map((entry) => ({ rel: entry.rel, bytes: contents.get(entry.oid)! }));
  const problems = selected.problems;
  if (selected.links.length > 0) {
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    const targets = selected.links.map((link) => followLink(link, byPath, contents, folder));
    const toRead = targets.filter(
      (target): target is TreeEntry => typeof target === 'object' && !contents.has(target.oid),
    );
    const targetContents = readBlobs(repo, toRead);
    if (!targetContents.ok) return targetContents;
    for (const [oid, bytes] of targetContents.value) contents.set(oid, bytes);
    selected.links.forEach((link, index) => {
      const target = targets[index]!;
      if (typeof target === 'string')
        problems.push({
          rule: target,
          file: link.rel,
          at: { offset: 0 },
          params: { name: link.rel, reason: 'ENOENT' },
        });
      else if (target.size > maxBytes)
        problems.push({
          rule: 'read/too-large',
          file: link.rel,
          at: { offset: 0 },
          params: { size: target.size, limit: maxBytes },
        });
      else files.push({ rel: link.rel, bytes: contents.get(target.oid)! });
    });
  }
  files.sort(byReadingOrder);
  return gitValue({ files, problems, folder });
}

/** The folder holding a convention.yaml in that commit: same name as today's first, then the shallowest; undefined when none does. */
function movedFolder(all: readonly TreeEntry[], prefix: string): string | undefined {
  const candidates = all
    .filter((entry) => entry.path === CONVENTION_FILE || entry.path.endsWith(`/${CONVENTION_FILE}`))
    .map((entry) => entry.path.slice(0, -CONVENTION_FILE.length));
  if (candidates.length === 0) return undefined;
  const name = posix.basename(prefix);
  const depth = (path: string) => path.split('/').length;
  candidates.sort(
    (a, b) =>
      Number(posix.basename(b) === name) - Number(posix.basename(a) === name) ||
      depth(a) - depth(b) ||
      (a < b ? -1 : 1),
  );
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
    if (posix.isAbsolute(target) || !resolved.startsWith(folder) || resolved.startsWith('../'))
      return 'read/symlink-outside';
    const next = byPath.get(resolved);
    if (!next) {
      const isFolder = [...byPath.keys()].some((path) => path.startsWith(`${resolved}/`));
      return isFolder ? 'read/not-a-file' : 'read/unreadable';
    }
    entry = next;
  }
  return entry.mode === '120000' ? 'read/unreadable' : entry;
}
