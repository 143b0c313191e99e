/**
 * The roadmap at a git revision, loaded and checked exactly like the working
 * tree (openRoadmap), so that a broken revision yields diagnostics, not a crash.
 */
import { join } from 'node:path';
import type { Io } from '../../io/io.js';
import { locateRepository, type RepositoryLocation } from '../../git/locateRepository.js';
import { readRevision } from '../../git/readRevision.js';
import { resolveCommit } from '../../git/resolveCommit.js';
import { loadRoadmap } from '../../model/loadRoadmap.js';
import { SchemaValidator } from '../../model/schemaValidator.js';
import { fromLoaded, openRoadmap, type OpenedRoadmap } from './openRoadmap.js';
import { resolveLang, resolveRoadmapDir, today } from './resolveOptions.js';

export interface OpenedRevision {
  opened: OpenedRoadmap;
  /** The name given; null for the working tree. */
  rev: string | null;
  commit: string | null;
  /** Where the roadmap folder was (repository-relative, trailing slash). */
  folder: string;
}

export interface RevisionOptions {
  dir?: unknown;
  asOf: string;
  lang?: unknown;
}

/** `rev` null = the working tree, read from disk. */
export function openRevision(io: Io, repo: RepositoryLocation, rev: string | null, options: RevisionOptions): OpenedRevision {
  if (rev === null) {
    return { opened: openRoadmap(io, { dir: options.dir, asOf: options.asOf, lang: options.lang }), rev, commit: null, folder: repo.prefix };
  }
  const commit = resolveCommit(repo, rev);
  const contents = readRevision(repo, commit);
  const loaded = loadRoadmap(contents.files, new SchemaValidator());
  loaded.diagnostics.unshift(...contents.problems);
  const opened = fromLoaded(join(repo.top, contents.folder), contents.files, loaded, {
    asOf: options.asOf, today: today(io), lang: resolveLang(options.lang, 'fr'), explicitLang: options.lang !== undefined,
  });
  return { opened, rev, commit, folder: contents.folder };
}

/** The repository around the roadmap folder named by `--dir` (or found by default). */
export function repositoryOf(io: Io, dir: unknown, lang?: unknown): RepositoryLocation {
  return locateRepository(resolveRoadmapDir(io, dir, lang));
}
