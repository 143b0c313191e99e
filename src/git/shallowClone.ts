/**
 * A git source of a portfolio: the one pinned commit of a repository,
 * fetched shallow (depth 1) into a folder of the cache and checked out
 * there. A pinned commit never changes, so a folder already checked out at
 * it is used as it is. The commit must be written in full (40 or 64 hex
 * digits): a branch or a short id would not be a pin.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runGitAsync } from './runGit.js';

export type CloneOutcome = { ok: true; dir: string } | { ok: false; reason: 'not-a-pin' | 'unknown-commit' | 'failed'; detail: string };

const DONE_MARK = '.roadmap-checked-out';

export async function shallowClone(url: string, commit: string, cache: string, timeoutMs: number): Promise<CloneOutcome> {
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) return { ok: false, reason: 'not-a-pin', detail: commit.slice(0, 80) };
  const dir = join(cache, commit);
  const work = join(dir, 'tree');
  if (existsSync(join(dir, DONE_MARK))) return { ok: true, dir: work };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const git = (args: string[]) => runGitAsync({ cwd: work, args, timeoutMs });
  const init = await git(['init', '--quiet']);
  if (!init.ok || !init.value.succeeded) return { ok: false, reason: 'failed', detail: init.ok ? init.value.error : 'git' };
  // `--` keeps a URL that starts with a dash from being read as an option.
  const fetched = await git(['-c', 'protocol.version=2', '-c', 'protocol.ext.allow=never', 'fetch', '--quiet', '--depth', '1', '--no-tags', '--', url, commit]);
  if (!fetched.ok) return { ok: false, reason: 'failed', detail: fetched.problem.kind === 'git-failed' ? fetched.problem.detail : fetched.problem.kind };
  if (!fetched.value.succeeded) {
    const detail = fetched.value.error;
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: /not our ref|no such remote ref|couldn't find remote ref|unadvertised object|upload-pack: not our|did not send all necessary objects|could not find/i.test(detail) ? 'unknown-commit' : 'failed', detail };
  }
  const checkout = await git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit]);
  if (!checkout.ok || !checkout.value.succeeded) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: 'failed', detail: checkout.ok ? checkout.value.error : 'git' };
  }
  mkdirSync(join(dir, DONE_MARK));
  return { ok: true, dir: work };
}
