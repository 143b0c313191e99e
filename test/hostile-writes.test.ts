/**
 * The hostile catalogue's write attacks (issue 23): the folder a command writes into is
 * hostile — a forged manifest, a file or a dangling link where a folder should be, a FIFO or a
 * link to /dev/zero as the lock, /proc, a link into the roadmap or `.git`, a PDF roadmap did
 * not print, an unwritable step summary. Each case states the exit code it expects, what the
 * command says, and what is left on disk.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateRoadmap } from '../bench/generate.js';
import { MANIFEST_NAME, parseManifest } from '../src/render/site/siteMarker.js';
import { BATCH_LOCK_NAME } from '../src/write/lock.js';
import { buildBin } from './helpers/buildBin.js';
import { BIN, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-25';
let dir: string;
let roadmap: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('hostile-writes-'));
  roadmap = roadmapFrom(dir);
});
afterEach(() => cleanup());

const sha = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');
const site = (out: string, ...extra: string[]) =>
  runMain(['site', '--dir', roadmap, '--as-of', AS_OF, '--out', out, '--lang', 'en', ...extra], {
    today: AS_OF,
    cwd: dir,
  });
const brief = (out: string, ...extra: string[]) =>
  runMain(
    [
      'brief',
      '--dir',
      roadmap,
      '--as-of',
      AS_OF,
      '--meeting',
      'comite-2018-11-15',
      '--out',
      out,
      '--lang',
      'en',
      ...extra,
    ],
    { today: AS_OF, cwd: dir },
  );

describe('a forged manifest', () => {
  it('never makes site delete a dot file, a file in a dot folder, a kind of file it does not write, nor ./-spelled paths of those', async () => {
    const out = join(dir, 'gh-pages');
    expect((await site(out)).code).toBe(0);
    mkdirSync(join(out, '.git'));
    const victims: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/gh-pages\n',
      '.nojekyll': '',
      CNAME: 'example.org\n',
      'notes/plan.txt': 'mine\n',
      'keep.html': '<p>mine</p>\n',
    };
    for (const [rel, text] of Object.entries(victims)) {
      mkdirSync(join(out, rel, '..'), { recursive: true });
      writeFileSync(join(out, rel), text);
    }
    // The forger lists each victim with its true hash, some spelled `./x`; keep.html is of a kind
    // the site writes and is listed too: its hash matches, so it goes — that file was claimed as the site's.
    const forged = ['.git/HEAD', './.nojekyll', 'CNAME', './notes/plan.txt', '.git/../.nojekyll'].map(
      (rel) => `${sha(victims[rel.replace(/^\.\//, '').replace('.git/../', '')]!)}  ${rel}`,
    );
    writeFileSync(join(out, MANIFEST_NAME), `${readFileSync(join(out, MANIFEST_NAME), 'utf8')}${forged.join('\n')}\n`);
    const result = await site(out);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    for (const [rel, text] of Object.entries(victims)) expect(readFileSync(join(out, rel), 'utf8'), rel).toBe(text);
    expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).not.toMatch(/HEAD|nojekyll|CNAME|plan\.txt/);
  });
});

describe('a failure part-way', () => {
  beforeAll(buildBin, 120_000);

  it('a file where partners/ should be: refused before the first write, and the message is true', async () => {
    const out = join(dir, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'partners'), 'in the way\n');
    const result = await site(out);
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/partners.*a file, not a folder|a file already has that name/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(readdirSync(out)).toEqual(['partners']);
  });

  it('a dangling link where a folder should be: refused before the first write', async () => {
    const out = join(dir, 'site');
    mkdirSync(out);
    symlinkSync(join(dir, 'nowhere'), join(out, 'commitments'));
    const result = await site(out);
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/symbolic link that leads nowhere/);
    expect(readdirSync(out).sort()).toEqual(['commitments']);
  });

  it('a write refused part-way lists what was written, says so, and the next run completes the folder', async () => {
    const out = join(dir, 'site');
    expect((await site(out)).code).toBe(0);
    const pages = parseManifest(readFileSync(join(out, MANIFEST_NAME), 'utf8'))!;
    writeFileSync(join(out, 'feed.xml'), 'edited by hand\n');
    // A file in the way is found by the plan: nothing written, and the message says so.
    const planned = await site(out);
    expect(planned.code).toBe(2);
    expect(planned.stderr).toMatch(/feed\.xml exists and was not made by roadmap.*Nothing was written/);
    execFileSync('rm', [join(out, 'feed.xml')]);
    // A disk that refuses the larger files (a file-size limit: EFBIG, as a full disk gives ENOSPC) stops the run part-way.
    const limited = spawnSync(
      'bash',
      [
        '-c',
        'trap "" XFSZ; ulimit -f 100; exec "$0" "$@"',
        process.execPath,
        BIN,
        'site',
        '--dir',
        roadmap,
        '--as-of',
        AS_OF,
        '--out',
        out,
        '--lang',
        'en',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(limited.status).toBe(2);
    expect(limited.stderr).toMatch(
      /Could not write .*\(the system refused \(EFBIG\)\)\. The files written before it stopped \(\d+\) stay in place/,
    );
    expect(limited.stderr).not.toMatch(/Nothing was written|internal error|erreur interne/);
    const listed = parseManifest(readFileSync(join(out, MANIFEST_NAME), 'utf8'))!;
    // Every file of the last run is still listed (rewritten or not), and so is every file written before the stop.
    for (const path of pages.keys()) expect(listed.has(path), path).toBe(true);
    for (const [path, hash] of listed) expect(sha(readFileSync(join(out, path))), path).toBe(hash);
    const again = await site(out);
    expect(again.code).toBe(0);
  });
});

describe('a kill part-way', () => {
  beforeAll(buildBin, 120_000);

  it('kill -9 while the website is written: the next run knows every file already there for its own', async () => {
    const big = join(dir, 'big');
    generateRoadmap(big, { commitments: 120, meetings: 6, seed: 5 });
    const out = join(dir, 'public');
    const child = spawn(process.execPath, [BIN, 'site', '--dir', big, '--out', out, '--as-of', AS_OF], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, received) => resolve(received)),
    );
    const pages = (): string[] =>
      existsSync(join(out, 'commitments'))
        ? readdirSync(join(out, 'commitments')).filter((name) => name.endsWith('.html'))
        : [];
    const deadline = Date.now() + 60_000;
    while (pages().length < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(pages().length, 'stopped part-way').toBeLessThan(120);
    // The lock of the killed process is left behind, and taken over.
    const again = await runMain(['site', '--dir', big, '--out', out, '--as-of', AS_OF, '--lang', 'en'], {
      today: AS_OF,
      cwd: dir,
    });
    assertNoCrash(again);
    expect(again.code, again.stderr).toBe(0);
    expect(pages()).toHaveLength(120);
  }, 120_000);
});

describe('a hostile lock file', () => {
  it('a FIFO as the lock: refused at once, no hang', async () => {
    const out = join(dir, 'site');
    mkdirSync(out);
    execFileSync('mkfifo', [join(out, BATCH_LOCK_NAME)]);
    const started = Date.now();
    const result = await site(out);
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roadmap-write\.lock is not a regular file/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a link to /dev/zero as the lock: refused without reading it', async () => {
    const out = join(dir, 'site');
    mkdirSync(out);
    symlinkSync('/dev/zero', join(out, BATCH_LOCK_NAME));
    const result = await site(out);
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roadmap-write\.lock is not a regular file/);
  });
});

describe('--out that cannot be a folder', () => {
  for (const [name, prepare, said] of [
    ['under /proc', () => '/proc/roadmap-site-x', /does not accept new folders/],
    [
      'naming a file',
      () => {
        writeFileSync(join(dir, 'file'), 'x');
        return join(dir, 'file');
      },
      /a file already has that name/,
    ],
    [
      'naming a dangling link',
      () => {
        symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
        return join(dir, 'dangling');
      },
      /symbolic link that leads nowhere/,
    ],
  ] as const) {
    for (const command of ['site', 'brief'] as const) {
      it(`${command}: ${name} is a usage error, exit 2, in words`, async () => {
        const out = prepare();
        const result = command === 'site' ? await site(out) : await brief(out);
        assertNoCrash(result);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(said);
      });
    }
  }

  it('through a symbolic link into the roadmap folder or into .git: refused', async () => {
    mkdirSync(join(dir, '.git'));
    symlinkSync(roadmap, join(dir, 'into-roadmap'));
    symlinkSync(join(dir, '.git'), join(dir, 'into-git'));
    for (const link of ['into-roadmap', 'into-git']) {
      for (const run of [site, brief]) {
        const result = await run(join(dir, link, 'out'));
        assertNoCrash(result);
        expect(result.code, link).toBe(2);
        expect(result.stderr).toMatch(/Refusing to write into .*which roadmap reads or git keeps/);
      }
    }
    expect(existsSync(join(roadmap, 'out'))).toBe(false);
    expect(readdirSync(join(dir, '.git'))).toEqual([]);
  });
});

describe('--pdf and PDFs roadmap did not print', () => {
  it('refuses to overwrite a PDF beside a generated HTML, and --dry-run does not call it an earlier version of its own', async () => {
    const out = join(dir, 'briefs');
    expect((await brief(out)).code).toBe(0);
    const scanned = join(out, 'comite-2018-11-15', 'brief.pdf');
    writeFileSync(scanned, '%PDF-1.4\n% a scanned, signed sheet\n%%EOF\n');
    for (const extra of [['--dry-run'], []]) {
      const result = await brief(out, '--pdf', '--chromium', process.execPath, ...extra);
      assertNoCrash(result);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/brief\.pdf exists and was not made by roadmap/);
      expect(result.stdout).not.toMatch(/earlier version/);
    }
    expect(readFileSync(scanned, 'utf8')).toBe('%PDF-1.4\n% a scanned, signed sheet\n%%EOF\n');
  });
});

describe('an unwritable GITHUB_STEP_SUMMARY', () => {
  for (const [name, make] of [
    ['a folder', (path: string) => mkdirSync(path)],
    ['a FIFO nobody reads', (path: string) => execFileSync('mkfifo', [path])],
    ['in a missing folder', () => undefined],
  ] as const) {
    it(`${name}: validate still reports its diagnostics with their exit code, and says what it could not write`, async () => {
      const summary = name === 'in a missing folder' ? join(dir, 'missing', 'summary.md') : join(dir, 'summary');
      make(summary);
      const result = await runMain(['validate', '--dir', roadmap, '--format', 'github', '--lang', 'en'], {
        cwd: dir,
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      assertNoCrash(result);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/The step summary could not be written to .*summary/);
      writeFileSync(join(roadmap, 'partners', 'cci.yaml'), 'id: [\n');
      const invalid = await runMain(['validate', '--dir', roadmap, '--format', 'github', '--lang', 'en'], {
        cwd: dir,
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      assertNoCrash(invalid);
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toMatch(/::error file=/);
    });
  }
});
