/**
 * The one place that starts git. Every git stage calls it, so the environment
 * (no prompts, literal pathspecs) and the "git is missing" message live here.
 */
import { execFile, spawnSync } from 'node:child_process';
import { gitProblem, gitValue, type GitResult } from './gitResult.js';

/** What git answered; `succeeded` is its exit status, which callers read in their own terms. */
export interface GitOutput {
  succeeded: boolean;
  stdout: Buffer;
  /** First line of git's own message, for one-line usage errors. */
  error: string;
}

export interface GitCall {
  cwd: string;
  args: readonly string[];
  input?: string;
  /** Upper bound of stdout; callers that know the size pass it to avoid buffer errors. */
  maxBuffer?: number;
}

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;

/** git's answer, or the problem when git could not be started at all (not installed, not on PATH). */
export function runGit({ cwd, args, input, maxBuffer = DEFAULT_MAX_BUFFER }: GitCall): GitResult<GitOutput> {
  const result = spawnSync('git', ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer,
    // LC_ALL=C keeps git's messages stable; no prompt may ever block a CI job.
    env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    windowsHide: true,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return gitProblem({ kind: 'git-missing' });
    return gitProblem({ kind: 'git-failed', command: args[0] ?? '', detail: code ?? result.error.message });
  }
  const stderr = result.stderr.toString('utf8').trim();
  return gitValue({
    succeeded: result.status === 0,
    stdout: result.stdout,
    error: (stderr.split('\n').find((line) => line.startsWith('fatal:')) ?? stderr.split('\n')[0] ?? '').replace(
      /^fatal:\s*/,
      '',
    ),
  });
}

/**
 * runGit without blocking: for the network (a portfolio's git sources), so
 * that other sources are fetched and derived meanwhile; ended after
 * `timeoutMs` (a remote that never answers).
 */
export function runGitAsync({
  cwd,
  args,
  timeoutMs,
}: {
  cwd: string;
  args: readonly string[];
  timeoutMs: number;
}): Promise<GitResult<GitOutput>> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args],
      {
        cwd,
        env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        windowsHide: true,
        timeout: timeoutMs,
        maxBuffer: DEFAULT_MAX_BUFFER,
        encoding: 'buffer',
      },
      (error, stdout, stderrBytes) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT') return resolve(gitProblem({ kind: 'git-missing' }));
        if (error && (error as { killed?: boolean }).killed)
          return resolve(
            gitProblem({ kind: 'git-failed', command: args[0] ?? '', detail: `timeout ${timeoutMs / 1000} s` }),
          );
        const stderr = stderrBytes.toString('utf8').trim();
        resolve(
          gitValue({
            succeeded: !error,
            stdout,
            error: (
              stderr.split('\n').find((line) => line.startsWith('fatal:')) ??
              stderr.split('\n')[0] ??
              ''
            ).replace(/^fatal:\s*/, ''),
          }),
        );
      },
    );
  });
}
