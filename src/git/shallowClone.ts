/**
 * A git source of a portfolio: the one pinned commit of a repository,
 * fetched shallow (depth 1) into an empty folder of the cache (prepared by
 * src/write/sourceCache.ts) and checked out there. The commit must be
 * written in full (40 or 64 hex digits): a branch or a short id would not
 * be a pin.
 */
import { runGitAsync } from './runGit.js';

export type CloneOutcome =
  | { ok: true }
  | { ok: false; reason: 'not-a-pin' | 'unknown-commit' | 'failed'; detail: string };

export function isPinnedCommit(commit: string): boolean {
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit);
}

export async function shallowClone(
  url: string,
  commit: string,
  work: string,
  timeoutMs: number,
): Promise<CloneOutcome> {
  if (!isPinnedCommit(commit)) return { ok: false, reason: 'not-a-pin', detail: commit.slice(0, 80) };
  const git = (args: string[]) => runGitAsync({ cwd: work, args, timeoutMs });
  const init = await git(['init', '--quiet']);
  if (!init.ok || !init.value.succeeded)
    return { ok: false, reason: 'failed', detail: init.ok ? init.value.error : 'git' };
  // `--` keeps a URL that starts with a dash from being read as an option.
  const fetched = await git([
    '-c',
    'protocol.version=2',
    '-c',
    'protocol.ext.allow=never',
    'fetch',
    '--quiet',
    '--depth',
    '1',
    '--no-tags',
    '--',
    url,
    commit,
  ]);
  if (!fetched.ok)
    return {
      ok: false,
      reason: 'failed',
      detail: fetched.problem.kind === 'git-failed' ? fetched.problem.detail : fetched.problem.kind,
    };
  if (!fetched.value.succeeded) {
    const detail = fetched.value.error;
    return {
      ok: false,
      reason:
        /not our ref|no such remote ref|couldn't find remote ref|unadvertised object|upload-pack: not our|did not send all necessary objects|could not find/i.test(
          detail,
        )
          ? 'unknown-commit'
          : 'failed',
      detail,
    };
  }
  const checkout = await git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit]);
  if (!checkout.ok || !checkout.value.succeeded)
    return { ok: false, reason: 'failed', detail: checkout.ok ? checkout.value.error : 'git' };
  return { ok: true };
}
