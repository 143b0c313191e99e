/**
 * The one place that starts git. Every git stage calls it, so the environment
 * (no prompts, literal pathspecs) and the "git is missing" message live here.
 */
import { spawnSync } from 'node:child_process';
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
  /** Ends git after this long (a portfolio's git source that never answers). */
  timeoutMs?: number;
}

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;

/** git's answer, or the problem when git could not be started at all (not installed, not on PATH). */
export function runGit({ cwd, args, input, maxBuffer = DEFAULT_MAX_BUFFER, timeoutMs }: GitCall): GitResult<GitOutput> {
  const result = spawnSync('git', ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer,
    // LC_ALL=C keeps git's messages stable; no prompt may ever block a CI job.
    env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    windowsHide: true,
    timeout: timeoutMs,
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
    error: (stderr.split('\n').find((line) => line.startsWith('fatal:')) ?? stderr.split('\n')[0] ?? '').replace(/^fatal:\s*/, ''),
  });
}
