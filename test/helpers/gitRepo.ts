/**
 * Throwaway git repositories for tests: real git CLI, fixed identities and
 * dates, so commit ids and outputs are the same on every run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class GitRepo {
  private commits = 0;

  /** A new repository at `top`; or, with `copiedFrom`, the copy of that one already at `top`. */
  constructor(
    readonly top: string,
    copiedFrom?: GitRepo,
  ) {
    if (copiedFrom) {
      this.commits = copiedFrom.commits;
      return;
    }
    mkdirSync(top, { recursive: true });
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    const date = `2026-11-${String(1 + this.commits).padStart(2, '0')}T09:00:00Z`;
    return execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.invalid',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.autocrlf=false',
        ...args,
      ],
      {
        cwd: this.top,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: this.top,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
          GIT_CONFIG_NOSYSTEM: '1',
        },
      },
    ).trim();
  }

  /** Writes (or, with null, deletes) repository-relative files without committing. */
  write(files: Record<string, string | Uint8Array | null>): void {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.top, path);
      if (content === null) rmSync(full, { force: true, recursive: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  }

  /** Writes the files, stages everything and commits; returns the commit id. */
  commit(message: string, files: Record<string, string | Uint8Array | null> = {}): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    this.commits++;
    return this.git('rev-parse', 'HEAD');
  }
}

/** git as a partner runs it in a working copy of their own: one identity, no signing; throws with git's words. */
export function partnerGit(cwd: string, ...args: string[]): string {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Partenaire',
      '-c',
      'user.email=partenaire@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}
