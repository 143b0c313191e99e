/**
 * Linear time on every text transform (issue 23): a description of « a », a mebibyte of
 * spaces, « b » validated in 0.4 s but made `site` take minutes, `brief` and `meeting minutes`
 * alike, while Ctrl-C went unheard. Each transform is timed at 1 MiB on the inputs that made
 * a matcher retry every start of a run; each command, end to end, on the hostile roadmap.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markdownToHtml } from '../src/render/document/markdownToHtml.js';
import { quoteMarkdown } from '../src/render/document/quoteMarkdown.js';
import { settleQuotedMarkdown } from '../src/render/document/settleQuotedMarkdown.js';
import { typeset } from '../src/render/document/typeset.js';
import { escapeMarkdown } from '../src/util/escapeMarkdown.js';
import { terminalLine } from '../src/util/sanitize.js';
import { BATCH_LOCK_NAME } from '../src/write/lock.js';
import { buildBin } from './helpers/buildBin.js';
import { BIN, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const MIB = 1 << 20;
const RUNS: Record<string, string> = {
  'spaces between two letters': `a${' '.repeat(MIB)}b`,
  'spaces then a colon': `a${' '.repeat(MIB)}b :`,
  'an opening guillemet then spaces': `«${' '.repeat(MIB)}x`,
  'lines of spaces': `${' '.repeat(1000)}\n`.repeat(MIB / 1001),
};

describe('every text transform at 1 MiB', () => {
  const transforms: Record<string, (text: string) => string> = {
    typeset: (text) => typeset(text, 'fr'),
    quoteMarkdown,
    settleQuotedMarkdown: (text) => settleQuotedMarkdown(text, 3),
    markdownToHtml: (text) => markdownToHtml(text, 'fr', 3),
    escapeMarkdown,
    terminalLine,
  };
  for (const [name, transform] of Object.entries(transforms)) {
    it(`${name}: linear on runs of spaces`, () => {
      for (const [runName, text] of Object.entries(RUNS)) {
        const started = performance.now();
        transform(text);
        // Quadratic, the first run took minutes; linear, well under a second on an idle core.
        expect(performance.now() - started, runName).toBeLessThan(5_000);
      }
    });
  }

  it('typeset still places its spaces, wherever the run starts', () => {
    expect(typeset(`a${' '.repeat(5)}: b « c » d ; e`, 'fr')).toBe('a\u00a0: b «\u00a0c\u00a0» d\u202f; e');
  });
});

describe('commands over a run of spaces of nearly 1 MiB', () => {
  let dir: string;
  let roadmap: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('hostile-typesetting-'));
    roadmap = roadmapFrom(dir);
    const commitment = join(roadmap, 'commitments', 'guichet-unique.md');
    // Just under the 1 MiB a roadmap file may hold (read/too-large).
    const run = ' '.repeat(MIB - 8192);
    writeFileSync(commitment, `${readFileSync(commitment, 'utf8').trimEnd()}\n\na${run}b\n`);
    const meeting = join(roadmap, 'meetings', 'comite-2018-11-15.md');
    writeFileSync(meeting, `${readFileSync(meeting, 'utf8').trimEnd()}\n\na${run}b :\n`);
  });
  afterEach(() => cleanup());
  beforeAll(buildBin, 120_000);

  for (const argv of [
    ['site'],
    ['brief', '--meeting', 'comite-2018-11-15'],
    ['meeting', 'minutes', 'comite-2018-11-15'],
  ]) {
    it(`${argv.join(' ')}: done in seconds, exit 0`, async () => {
      const started = performance.now();
      const result = await runMain([...argv, '--dir', roadmap, '--as-of', '2026-11-25', '--out', join(dir, 'out')], {
        today: '2026-11-25',
        cwd: dir,
      });
      assertNoCrash(result);
      expect(result.code, result.stderr).toBe(0);
      expect(performance.now() - started).toBeLessThan(60_000);
    }, 90_000);
  }

  it('Ctrl-C during site is honoured at once', async () => {
    const out = join(dir, 'public');
    const child = spawn(process.execPath, [BIN, 'site', '--dir', roadmap, '--out', out, '--as-of', '2026-11-25'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, received) => resolve(received)),
    );
    const deadline = Date.now() + 60_000;
    while (!existsSync(join(out, BATCH_LOCK_NAME)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const sent = Date.now();
    child.kill('SIGINT');
    const signal = await exited;
    // Ended by the signal, or finished just before it landed.
    expect([null, 'SIGINT']).toContain(signal);
    expect(Date.now() - sent).toBeLessThan(10_000);
  }, 90_000);
});
