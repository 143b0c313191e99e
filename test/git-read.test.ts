/** Reading a revision from git objects yields what reading the folder yields. */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locateRepository } from '../src/git/locateRepository.js';
import { readRevision } from '../src/git/readRevision.js';
import { resolveCommit } from '../src/git/resolveCommit.js';
import { readFolder } from '../src/read/readFolder.js';
import { GitRepo } from './helpers/gitRepo.js';
import { roadmapFrom, tempDir } from './helpers/cli.js';
import type { GitResult } from '../src/git/gitResult.js';

const cleanups: (() => void)[] = [];

function answerOf<T>(result: GitResult<T>): T {
  if (!result.ok) throw new Error(`git answered ${JSON.stringify(result.problem)}`);
  return result.value;
}
const located = (dir: string) => answerOf(locateRepository(dir));
const revision = (dir: string, commit: string, maxBytes?: number) =>
  answerOf(readRevision(located(dir), commit, maxBytes));
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repoWithRoadmap(): { repo: GitRepo; dir: string } {
  const { dir: top, cleanup } = tempDir('git-read-');
  cleanups.push(cleanup);
  const repo = new GitRepo(top);
  const dir = roadmapFrom(top, {
    'commitments/crlf.md':
      '---\r\nid: crlf\r\ntitle: Fin de ligne Windows\r\naxis: createurs\r\nlead: cci\r\nstatus: planned\r\n---\r\nCorps.\r\n',
    'commitments/notes.txt': 'not an entity',
    'commitments/nested.md/inner.md': 'a folder named like a file',
    'partners/.hidden.yaml': 'ignored',
    'README.md': 'not read at the top of a roadmap folder',
    'Commitments/perdu.md': '---\nid: perdu\n---\n',
    'extra/notes.txt': 'a stray folder',
  });
  symlinkSync('guichet-unique.md', join(dir, 'commitments', 'alias.md'));
  symlinkSync('../../outside.md', join(dir, 'commitments', 'escape.md'));
  repo.write({ 'outside.md': '---\nid: escape\n---\n' });
  return { repo, dir };
}

const summary = (contents: {
  files: { rel: string; bytes: Uint8Array }[];
  problems: { rule: string; file: string }[];
}) => ({
  files: contents.files.map((file) => `${file.rel} ${Buffer.from(file.bytes).toString('base64')}`),
  problems: contents.problems.map((problem) => `${problem.file} ${problem.rule}`).sort(),
});

describe('readRevision', () => {
  it('reads a commit exactly as readFolder reads the same folder', () => {
    const { repo, dir } = repoWithRoadmap();
    const commit = repo.commit('roadmap');
    const fromGit = revision(dir, commit);
    expect(fromGit.folder).toBe('roadmap/');
    expect(summary(fromGit)).toEqual(summary(readFolder(dir)));
    // Hand-written: what both readers must have found.
    expect(summary(fromGit).problems).toEqual([
      'Commitments read/unexpected-place',
      'README.md read/unexpected-place',
      'commitments/escape.md read/symlink-outside',
      'commitments/nested.md read/not-a-file',
      'commitments/notes.txt read/unexpected-file',
      'extra read/unexpected-place',
    ]);
    expect(fromGit.files.map((file) => file.rel)).toEqual([
      'convention.yaml',
      'partners/cci.yaml',
      'partners/ept.yaml',
      'axes/createurs.md',
      'axes/gouvernance.md',
      'commitments/alias.md',
      'commitments/crlf.md',
      'commitments/guichet-unique.md',
      'commitments/reglement.md',
      'meetings/comite-2018-11-15.md',
    ]);
  });

  it('keeps CRLF bytes as committed', () => {
    const { repo, dir } = repoWithRoadmap();
    const commit = repo.commit('roadmap');
    const crlf = revision(dir, commit).files.find((file) => file.rel === 'commitments/crlf.md')!;
    expect(Buffer.from(crlf.bytes).toString('utf8')).toContain('id: crlf\r\n');
  });

  it('reports files over the size cap without reading them', () => {
    const { repo, dir } = repoWithRoadmap();
    const commit = repo.commit('roadmap');
    const small = revision(dir, commit, 200);
    expect(
      small.problems
        .filter((p) => p.rule === 'read/too-large')
        .map((p) => p.file)
        .sort(),
    ).toEqual([
      'commitments/alias.md',
      'commitments/guichet-unique.md',
      'commitments/reglement.md',
      'convention.yaml',
      'meetings/comite-2018-11-15.md',
    ]);
    expect(summary(small)).toEqual(summary(readFolder(dir, 200)));
  });

  it('finds the roadmap folder where it was before a move', () => {
    const { repo, dir } = repoWithRoadmap();
    const before = repo.commit('roadmap under roadmap/');
    repo.git('mv', 'roadmap', 'gouvernance');
    repo.commit('moved to gouvernance/');
    const now = join(repo.top, 'gouvernance');
    const moved = revision(now, before);
    expect(moved.folder).toBe('roadmap/');
    expect(summary(moved)).toEqual(summary(readFolder(dir.replace(/roadmap$/, 'gouvernance'))));
  });

  it('resolves revision names to commit ids', () => {
    const { repo, dir } = repoWithRoadmap();
    const first = repo.commit('one');
    repo.commit('two');
    expect(resolveCommit(located(dir), 'HEAD~1')).toEqual({ ok: true, value: first });
    const problemOf = (rev: string) => {
      const result = resolveCommit(located(dir), rev);
      return result.ok ? undefined : result.problem;
    };
    // A problem as a value: the command line says it in the user's language.
    expect(problemOf('no-such-branch')).toEqual({ kind: 'unknown-revision', rev: 'no-such-branch' });
    expect(problemOf('--output=x')).toEqual({ kind: 'not-a-revision', rev: '--output=x' });
  });
});
