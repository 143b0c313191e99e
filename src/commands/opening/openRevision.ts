/**
 * The roadmap at a git revision, loaded and checked exactly like the working
 * tree (openRoadmap), so that a broken revision yields diagnostics, not a crash.
 */
import { join } from 'node:path';
import type { Io } from '../../io/io.js';
import { locateRepository, type RepositoryLocation } from '../../git/locateRepository.js';
import { readRevision } from '../../git/readRevision.js';
import { resolveCommit } from '../../git/resolveCommit.js';
import { checkFiles } from '../../check/checkFiles.js';
import { openRoadmap, type OpenedRoadmap } from './openRoadmap.js';
import { requireGit } from './requireGit.js';
import type { Lang } from '../../i18n/lang.js';
import { today } from '../flags/dateFlag.js';

export interface OpenedRevision {
  opened: OpenedRoadmap;
  /** The name given; null for the working tree. */
  rev: string | null;
  commit: string | null;
  /** Where the roadmap folder was (repository-relative, trailing slash). */
  folder: string;
}

export interface RevisionOptions {
  /** The roadmap folder of the working tree, absolute. */
  dir: string;
  asOf: string;
  lang: Lang | undefined;
  /** The working tree, when the command has already read and checked it: it is not read twice. */
  working?: OpenedRoadmap;
}

/** `rev` null = the working tree, read from disk. */
export function openRevision(
  io: Io,
  repo: RepositoryLocation,
  rev: string | null,
  options: RevisionOptions,
): OpenedRevision {
  if (rev === null) {
    const opened = options.working ?? openRoadmap(io, { dir: options.dir, asOf: options.asOf, lang: options.lang });
    return { opened, rev, commit: null, folder: repo.prefix };
  }
  const commit = requireGit(io, resolveCommit(repo, rev));
  const contents = requireGit(io, readRevision(repo, commit));
  const opened = checkFiles(join(repo.top, contents.folder), contents.files, contents.problems, {
    asOf: options.asOf,
    today: today(io),
    lang: options.lang ?? 'fr',
    explicitLang: options.lang !== undefined,
  });
  return { opened, rev, commit, folder: contents.folder };
}

/** The repository around the roadmap folder. */
export function repositoryOf(io: Io, dir: string): RepositoryLocation {
  return requireGit(io, locateRepository(dir));
}
