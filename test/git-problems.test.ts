/**
 * Every way git can fail a command, as the user reads it: one line, exit 2,
 * in French and in English. The git stage answers each as a value
 * (src/git/gitResult.ts); the command words it (commands/opening/gitMessages.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changesSince } from '../src/git/changesSince.js';
import { locateRepository } from '../src/git/locateRepository.js';
import { readRevision } from '../src/git/readRevision.js';
import { buildBin } from './helpers/buildBin.js';
import { assertNoCrash, roadmapFrom, runBin, runMain, tempDir, type RunResult } from './helpers/cli.js';
import { GitRepo } from './helpers/gitRepo.js';

const TODAY = '2026-11-20';
const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0)) cleanup();
});
beforeAll(buildBin, 120_000);

function folder(prefix: string): string {
  const { dir, cleanup } = tempDir(prefix);
  cleanups.push(cleanup);
  return dir;
}

/** A repository with the roadmap committed twice: HEAD~1 exists. */
function repository(): { repo: GitRepo; dir: string; first: string } {
  const repo = new GitRepo(folder('git-problems-'));
  const dir = roadmapFrom(repo.top);
  const first = repo.commit('roadmap');
  repo.commit('second', { 'notes.txt': 'later\n' });
  return { repo, dir, first };
}

function expectOneLine(result: RunResult, message: string | RegExp): void {
  assertNoCrash(result);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  if (typeof message === 'string') expect(result.stderr).toBe(`roadmap: ${message}\n`);
  else expect(result.stderr).toMatch(message);
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const diffIn = (lang: 'fr' | 'en', args: string[], cwd: string) =>
  runMain(['diff', ...args, '--lang', lang], { cwd, today: TODAY });

describe('git problems reach the user in their language', () => {
  it('an unknown revision', async () => {
    const { dir } = repository();
    expectOneLine(
      await diffIn('fr', ['nope'], dir),
      'révision git inconnue : « nope » (vérifiez le nom de la branche, de l’étiquette ou du commit)',
    );
    expectOneLine(
      await diffIn('en', ['nope'], dir),
      'unknown git revision "nope" (check the branch, tag or commit name)',
    );
  });

  it('a revision beyond a shallow clone', async () => {
    const { repo } = repository();
    const clone = join(folder('git-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.top}`, clone], { stdio: 'ignore' });
    const dir = join(clone, 'roadmap');
    expectOneLine(
      await diffIn('fr', ['HEAD~1'], dir),
      'la révision « HEAD~1 » n’est pas dans ce clone partiel ; récupérez plus d’historique (git fetch --unshallow, ou fetch-depth: 0 en CI)',
    );
    expectOneLine(
      await diffIn('en', ['HEAD~1'], dir),
      'revision "HEAD~1" is not in this shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 in CI)',
    );
  });

  it('a roadmap folder outside any git repository', async () => {
    const dir = roadmapFrom(folder('git-none-'));
    // git's own reason, in parentheses, is the rest of the line.
    expectOneLine(
      await diffIn('fr', ['HEAD'], dir),
      new RegExp(`^roadmap: ${literally(dir)} n’est pas dans un dépôt git \\([^\\n]+\\)\\n$`),
    );
    expectOneLine(
      await diffIn('en', ['HEAD'], dir),
      new RegExp(`^roadmap: ${literally(dir)} is not inside a git repository \\([^\\n]+\\)\\n$`),
    );
  });

  it('git not installed (PATH empty), in process and through the real binary', async () => {
    const { dir } = repository();
    vi.stubEnv('PATH', '');
    expectOneLine(
      await diffIn('fr', ['HEAD'], dir),
      'git n’est pas installé ou pas dans le PATH ; il faut git pour lire des révisions',
    );
    expectOneLine(
      await diffIn('en', ['HEAD'], dir),
      'git is not installed or not on PATH; it is needed for git revisions',
    );
    vi.unstubAllEnvs();
    expectOneLine(
      runBin(['validate', '--changed-since', 'HEAD', '--lang', 'fr'], { cwd: dir, env: { PATH: '' } }),
      'git n’est pas installé ou pas dans le PATH ; il faut git pour lire des révisions',
    );
  });
});

describe('the git stage answers problems as values, never throws them', () => {
  it('not a repository, unknown revision, no roadmap in a commit, git missing', () => {
    const outside = folder('git-values-');
    const located = locateRepository(outside);
    expect(located.ok ? 'ok' : located.problem.kind).toBe('not-a-repository');

    const repo = new GitRepo(folder('git-values-repo-'));
    const empty = repo.commit('before the roadmap', { 'README.md': 'soon\n' });
    const dir = roadmapFrom(repo.top);
    repo.commit('the roadmap');
    const location = locateRepository(dir);
    if (!location.ok) throw new Error(location.problem.kind);
    expect(readRevision(location.value, empty)).toEqual({
      ok: false,
      problem: { kind: 'no-roadmap', commit: empty.slice(0, 12), path: 'roadmap/convention.yaml' },
    });
    expect(changesSince(dir, 'nope')).toEqual({ ok: false, problem: { kind: 'unknown-revision', rev: 'nope' } });

    vi.stubEnv('PATH', '');
    expect(locateRepository(dir)).toEqual({ ok: false, problem: { kind: 'git-missing' } });
  });
});
