/**
 * Which entries of a git tree are the roadmap's files, with the same guards
 * as reading a folder on disk (src/read/readFolder.ts): wrong extensions,
 * folders named like files, oversized files. Pure.
 */
import type { Diagnostic, Params } from '../diagnostics/diagnostic.js';
import { isMisplaced } from '../read/isMisplaced.js';
import { CONVENTION_FILE, ENTITY_FOLDERS } from '../read/layout.js';
import type { TreeEntry } from './listTree.js';

export interface RoadmapEntry extends TreeEntry {
  /** Relative to the roadmap folder, like RawFile.rel. */
  rel: string;
}

export interface RoadmapEntries {
  /** Regular files to read, in the order readFolder yields them. */
  files: RoadmapEntry[];
  /** Symbolic links to resolve against the tree. */
  links: RoadmapEntry[];
  problems: Diagnostic[];
}

const SYMLINK = '120000';
const SUBMODULE = '160000';

export function selectRoadmapEntries(entries: readonly TreeEntry[], folder: string, maxBytes: number): RoadmapEntries {
  const selected: RoadmapEntries = { files: [], links: [], problems: [] };
  const reported = new Set<string>();
  const problem = (rule: string, rel: string, params?: Params) => {
    if (reported.has(rel)) return;
    reported.add(rel);
    selected.problems.push({ rule, file: rel, at: { offset: 0 }, params });
  };
  for (const entry of entries) {
    if (!entry.path.startsWith(folder)) continue;
    const rel = entry.path.slice(folder.length);
    const parts = rel.split('/');
    const layout = parts.length === 1 ? undefined : ENTITY_FOLDERS.find((candidate) => candidate.folder === parts[0]);
    if (rel !== CONVENTION_FILE && !layout) {
      if (isMisplaced(parts[0]!, folder === '')) problem('read/unexpected-place', parts[0]!, { name: parts[0]! });
      continue;
    }
    const name = parts[1] ?? rel;
    if (name.startsWith('.')) continue;
    const child = parts.slice(0, 2).join('/');
    const extension = layout?.extension ?? '.yaml';
    if (parts.length > 2 || entry.mode === SUBMODULE) {
      // A folder inside an entity folder: what readdir would show as a directory entry.
      if (child.endsWith(extension)) problem('read/not-a-file', child, { name: child });
      else problem('read/unexpected-file', child, { expected: extension });
      continue;
    }
    if (!name.endsWith(extension)) {
      problem('read/unexpected-file', rel, { expected: extension });
      continue;
    }
    if (entry.mode === SYMLINK) {
      selected.links.push({ ...entry, rel });
      continue;
    }
    if (entry.size > maxBytes) {
      problem('read/too-large', rel, { size: entry.size, limit: maxBytes });
      continue;
    }
    selected.files.push({ ...entry, rel });
  }
  if (!entries.some((entry) => entry.path === folder + CONVENTION_FILE)) {
    selected.problems.push({ rule: 'read/missing-convention', file: CONVENTION_FILE, at: { offset: 0 } });
  }
  return selected;
}

/** readFolder's order: the convention, then each entity folder in layout order, names sorted. */
export function byReadingOrder(a: { rel: string }, b: { rel: string }): number {
  const rank = (rel: string) =>
    rel === CONVENTION_FILE ? -1 : ENTITY_FOLDERS.findIndex((layout) => rel.startsWith(`${layout.folder}/`));
  return rank(a.rel) - rank(b.rel) || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}
