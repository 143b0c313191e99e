import { gitProblem, gitValue, type GitResult } from './gitResult.js';
import type { RepositoryLocation } from './locateRepository.js';
import { runGit } from './runGit.js';

/**
 * The contents of many blobs through ONE `git cat-file --batch` process: a
 * roadmap of ten thousand files costs one process, not ten thousand.
 */
export function readBlobs(
  repo: RepositoryLocation,
  blobs: readonly { oid: string; size: number }[],
): GitResult<Map<string, Uint8Array>> {
  const contents = new Map<string, Uint8Array>();
  const unique = [...new Map(blobs.map((blob) => [blob.oid, blob.size])).entries()];
  if (unique.length === 0) return gitValue(contents);
  // Each answer is "<oid> blob <size>\n<bytes>\n": the sizes are known, so is the output's.
  const expected = unique.reduce((sum, [oid, size]) => sum + size + oid.length + 32, 0);
  const output = runGit({
    cwd: repo.top,
    args: ['cat-file', '--batch'],
    input: `${unique.map(([oid]) => oid).join('\n')}\n`,
    maxBuffer: expected + 1024 * 1024,
  });
  if (!output.ok) return output;
  if (!output.value.succeeded)
    return gitProblem({ kind: 'git-failed', command: 'cat-file', detail: output.value.error });
  const out = output.value.stdout;
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    if (newline === -1) break;
    const [oid = '', type = '', size = ''] = out.toString('latin1', at, newline).split(' ');
    at = newline + 1;
    if (type === 'missing') return gitProblem({ kind: 'missing-object', oid: oid.slice(0, 12) });
    const length = Number(size);
    contents.set(oid, out.subarray(at, at + length));
    at += length + 1;
  }
  return gitValue(contents);
}
