/**
 * A PDF that cannot be printed leaves the previous pack as it was: the browser
 * prints before anything is written, so markdown, HTML and PDF always come
 * from one run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { FIXTURES, runMain, tempDir } from './helpers/cli.js';

const DIR = join(FIXTURES, 'brief', 'roadmap');
const MEETING = 'comite-2019-10-10';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

test('a browser that fails to print: exit 2, the previous brief.md and brief.html untouched', async () => {
  const { dir: out, cleanup } = tempDir('brief-pdf-failure-');
  cleanups.push(cleanup);
  const first = await runMain(['brief', '--dir', DIR, '--as-of', '2019-09-15', '--out', out], { today: '2019-09-15' });
  expect(first.code, first.stderr).toBe(0);
  const before = ['brief.md', 'brief.html'].map((name) => readFileSync(join(out, MEETING, name)));
  // A later as-of would change both files; `/bin/false` is an executable that prints nothing.
  const failed = await runMain(
    ['brief', '--dir', DIR, '--as-of', '2019-10-01', '--out', out, '--pdf', '--chromium', '/bin/false'],
    { today: '2019-10-01' },
  );
  expect(failed.code).toBe(2);
  expect(failed.stderr).toMatch(/^roadmap: .*PDF/);
  expect(failed.stdout).toBe('');
  expect(['brief.md', 'brief.html'].map((name) => readFileSync(join(out, MEETING, name)))).toEqual(before);
});
