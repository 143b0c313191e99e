/**
 * Faults the unit tests of safeWrite do not stage: the file swapped for a
 * symbolic link mid-write, a folder that refuses new files, and two real
 * processes editing one commitment at once. Each ends with the original
 * intact or the new version complete, never a mix, and no temporary file.
 *
 * Not here: a full disk at each step of `update` through the command, since
 * writeFiles calls safeWrite with the real fs and takes no injected one; the
 * unit tests in write-safeWrite.test.ts fail every step of safeWrite itself.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { safeWrite, type WriteFs } from '../src/write/safeWrite.js';
import { buildBin } from './helpers/buildBin.js';
import { BIN, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

beforeAll(buildBin, 120_000);

const ORIGINAL = Buffer.from('id: x\nstatus: planned\n');
const EDITED = Buffer.from('id: x\nstatus: done\n');
const isRoot = process.getuid?.() === 0;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('roadmap-faults-')));
afterEach(() => cleanup());

const replace = () => ({
  root: dir,
  rel: 'partners/x.yaml',
  bytes: EDITED,
  mode: { kind: 'replace' as const, expected: ORIGINAL },
});
const entries = (folder: string) => fs.readdirSync(folder).sort();

/** node:fs where the first call to `call` runs `before` first, then does the real thing. */
function onFirst(call: 'realpathSync' | 'openSync' | 'renameSync', before: () => void): WriteFs {
  let done = false;
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: one named node:fs function at a time is wrapped.
  const real = fs[call] as (...args: unknown[]) => unknown;
  return {
    ...fs,
    [call]: (...args: unknown[]) => {
      if (!done) {
        done = true;
        before();
      }
      return real(...args);
    },
  } as WriteFs;
}

describe('safeWrite under faults', () => {
  beforeEach(() => {
    fs.mkdirSync(join(dir, 'partners'));
    fs.writeFileSync(join(dir, 'partners', 'x.yaml'), ORIGINAL);
  });

  // realpathSync is safeWrite's very first call (before any check); openSync of the
  // temporary file comes after the first check, so only the check before the rename sees it.
  it.each(['realpathSync', 'openSync'] as const)(
    'refuses a file swapped for a symbolic link at %s, writing nothing outside',
    (call) => {
      const { dir: outside, cleanup: removeOutside } = tempDir('roadmap-outside-');
      try {
        const victim = join(outside, 'victim.yaml');
        fs.writeFileSync(victim, ORIGINAL);
        const swap = onFirst(call, () => {
          fs.rmSync(join(dir, 'partners', 'x.yaml'));
          fs.symlinkSync(victim, join(dir, 'partners', 'x.yaml'));
        });
        expect(safeWrite(replace(), swap)).toEqual({ ok: false, reason: 'symlink' });
        expect(fs.readFileSync(victim)).toEqual(ORIGINAL);
        expect(fs.lstatSync(join(dir, 'partners', 'x.yaml')).isSymbolicLink()).toBe(true);
        expect(entries(join(dir, 'partners'))).toEqual(['x.yaml']);
        expect(entries(outside)).toEqual(['victim.yaml']);
      } finally {
        removeOutside();
      }
    },
  );

  // Another writer replacing the file while this one sits between its last check and
  // its rename: it must be refused, or it would report success for an edit then overwritten.
  it('refuses a second writer while the first is between its last check and its rename', () => {
    const OTHER = Buffer.from('id: x\nstatus: blocked\n');
    let second: ReturnType<typeof safeWrite> | undefined;
    const first = onFirst('renameSync', () => {
      second = safeWrite({ ...replace(), bytes: OTHER });
    });
    expect(safeWrite(replace(), first)).toEqual({ ok: true });
    expect(second).toEqual({ ok: false, reason: 'changed-on-disk' });
    expect(fs.readFileSync(join(dir, 'partners', 'x.yaml'))).toEqual(EDITED);
    expect(entries(join(dir, 'partners'))).toEqual(['x.yaml']);
  });

  it('refuses, saying EACCES, when the folder will not take the temporary file', () => {
    // What a read-only folder does to the one call that creates a file; works as root too.
    const readOnlyFolder: WriteFs = {
      ...fs,
      openSync: ((path: fs.PathLike, ...rest: unknown[]) => {
        if (String(path).endsWith('.tmp')) throw Object.assign(new Error('EACCES injected'), { code: 'EACCES' });
        return (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
      }) as WriteFs['openSync'],
    };
    expect(safeWrite(replace(), readOnlyFolder)).toEqual({ ok: false, reason: 'io', detail: 'EACCES' });
    expect(fs.readFileSync(join(dir, 'partners', 'x.yaml'))).toEqual(ORIGINAL);
    expect(entries(join(dir, 'partners'))).toEqual(['x.yaml']);
  });
});

describe('update under faults', () => {
  const note = (text: string) => ['update', 'guichet-unique', '--note', text, '--on', '2026-11-20'];

  // root ignores folder permissions, so a real chmod proves nothing there.
  it.skipIf(isRoot)(
    'a real read-only folder (chmod 555; skipped as root, which writes anyway): exit 2, a clear message, nothing changed',
    async () => {
      const root = roadmapFrom(dir);
      const folder = join(root, 'commitments');
      const before = fs.readFileSync(join(folder, 'guichet-unique.md'));
      fs.chmodSync(folder, 0o555);
      try {
        const result = await runMain([...note('A'), '--dir', root], { today: '2026-11-25' });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(
          'roadmap: Écriture de roadmap/commitments/guichet-unique.md impossible (EACCES). Le fichier d’origine est intact.\n',
        );
      } finally {
        fs.chmodSync(folder, 0o755);
      }
      expect(fs.readFileSync(join(folder, 'guichet-unique.md'))).toEqual(before);
      expect(entries(folder)).toEqual(['guichet-unique.md', 'reglement.md']);
    },
  );

  /** The file after running `edits` one after the other on a fresh copy of the fixture. */
  async function afterSequence(...texts: string[]): Promise<string> {
    const { dir: scratch, cleanup: removeScratch } = tempDir('roadmap-seq-');
    try {
      const root = roadmapFrom(scratch);
      for (const text of texts)
        expect((await runMain([...note(text), '--dir', root], { today: '2026-11-25' })).code).toBe(0);
      return fs.readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8');
    } finally {
      removeScratch();
    }
  }

  function runBinAsync(argv: string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
  }

  it('two processes editing one commitment at once: one edit, or both in turn, never a mix', async () => {
    const outcomes = new Map([
      [await afterSequence('A'), 'A only'],
      [await afterSequence('B'), 'B only'],
      [await afterSequence('A', 'B'), 'A then B'],
      [await afterSequence('B', 'A'), 'B then A'],
    ]);
    expect(outcomes.size).toBe(4);
    // Five rounds to give the two processes a chance to overlap.
    for (let round = 0; round < 5; round++) {
      const root = roadmapFrom(join(dir, `round-${round}`));
      const codes = await Promise.all(['A', 'B'].map((text) => runBinAsync([...note(text), '--dir', root])));
      // 2 is the refusal "changed on disk while the command ran".
      for (const code of codes) expect([0, 2]).toContain(code);
      expect(codes).toContain(0);
      const final = fs.readFileSync(join(root, 'commitments', 'guichet-unique.md'), 'utf8');
      const outcome = outcomes.get(final);
      expect(outcome, `round ${round}: an unexpected file\n${final}`).toBeDefined();
      // Both exit 0 only when the second read after the first wrote; one refusal leaves one edit.
      expect(outcome!.includes('then'), `round ${round}: exit codes ${codes} but ${outcome}`).toBe(
        codes.every((code) => code === 0),
      );
      const validate = await runMain(['validate', '--dir', root, '--format', 'json', '--as-of', '2026-11-25'], {
        today: '2026-11-25',
      });
      expect(JSON.parse(validate.stdout).errors).toBe(0);
      expect(entries(join(root, 'commitments'))).toEqual(['guichet-unique.md', 'reglement.md']);
    }
  });
});
