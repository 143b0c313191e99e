import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  BATCH_LOCK_NAME,
  beginBatch,
  endBatch,
  safeWrite,
  type WriteBatch,
  type WriteFs,
} from '../src/write/safeWrite.js';
import { tempDir } from './helpers/cli.js';

const ORIGINAL = Buffer.from('id: x\nstatus: planned\n');
const EDITED = Buffer.from('id: x\nstatus: done\n');

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('roadmap-write-'));
  fs.mkdirSync(join(dir, 'partners'));
  fs.writeFileSync(join(dir, 'partners', 'x.yaml'), ORIGINAL);
});
afterEach(() => cleanup());

const replace = (rel = 'partners/x.yaml', expected: Uint8Array = ORIGINAL) => ({
  root: dir,
  rel,
  bytes: EDITED,
  mode: { kind: 'replace' as const, expected },
});

/** The folder's entries: a leftover temporary file would show here. */
function entries(): string[] {
  return fs.readdirSync(join(dir, 'partners')).sort();
}

function expectUntouched(): void {
  expect(fs.readFileSync(join(dir, 'partners', 'x.yaml'))).toEqual(ORIGINAL);
  expect(entries()).toEqual(['x.yaml']);
}

/** node:fs with one call replaced by a failure carrying `code`. */
function failing(call: keyof WriteFs, code: string): WriteFs {
  return {
    ...fs,
    [call]: () => {
      throw Object.assign(new Error(`${code} injected`), { code });
    },
  } as WriteFs;
}

describe('safeWrite', () => {
  it('replaces the file when it still holds what was read', () => {
    expect(safeWrite(replace())).toEqual({ ok: true });
    expect(fs.readFileSync(join(dir, 'partners', 'x.yaml'), 'utf8')).toBe('id: x\nstatus: done\n');
    expect(entries()).toEqual(['x.yaml']);
  });

  it('keeps the permissions of an edited file', () => {
    fs.chmodSync(join(dir, 'partners', 'x.yaml'), 0o640);
    expect(safeWrite(replace()).ok).toBe(true);
    expect(fs.statSync(join(dir, 'partners', 'x.yaml')).mode & 0o777).toBe(0o640);
  });

  it('creates a new file and its missing folder', () => {
    expect(safeWrite({ root: dir, rel: 'meetings/m.md', bytes: EDITED, mode: { kind: 'create' } })).toEqual({
      ok: true,
    });
    expect(fs.readFileSync(join(dir, 'meetings', 'm.md'))).toEqual(EDITED);
  });

  it('never overwrites when asked to create', () => {
    expect(safeWrite({ root: dir, rel: 'partners/x.yaml', bytes: EDITED, mode: { kind: 'create' } })).toEqual({
      ok: false,
      reason: 'exists',
    });
    expectUntouched();
  });

  it('refuses when the file changed on disk since it was read', () => {
    expect(safeWrite(replace('partners/x.yaml', Buffer.from('id: x\nstatus: blocked\n')))).toEqual({
      ok: false,
      reason: 'changed-on-disk',
    });
    expectUntouched();
  });

  it('refuses when the file changes between the temporary write and the rename', () => {
    const racing: WriteFs = {
      ...fs,
      fsyncSync: (fd) => {
        fs.fsyncSync(fd);
        fs.writeFileSync(join(dir, 'partners', 'x.yaml'), 'id: x\nstatus: blocked\n');
      },
    };
    expect(safeWrite(replace(), racing)).toEqual({ ok: false, reason: 'changed-on-disk' });
    expect(fs.readFileSync(join(dir, 'partners', 'x.yaml'), 'utf8')).toBe('id: x\nstatus: blocked\n');
    expect(entries()).toEqual(['x.yaml']);
  });

  it('flushes the temporary file to disk before the rename, unless told the file can be rebuilt', () => {
    const flushed: number[] = [];
    const watching: WriteFs = {
      ...fs,
      fsyncSync: (fd) => {
        flushed.push(fs.fstatSync(fd).size);
        fs.fsyncSync(fd);
      },
    };
    expect(safeWrite(replace(), watching)).toEqual({ ok: true });
    expect(flushed).toEqual([EDITED.length]);
    expect(
      safeWrite(
        { root: dir, rel: 'site/page.html', bytes: Buffer.from('<p>page</p>'), mode: { kind: 'create' }, flush: false },
        watching,
      ),
    ).toEqual({ ok: true });
    expect(flushed).toHaveLength(1);
    expect(fs.readFileSync(join(dir, 'site', 'page.html'), 'utf8')).toBe('<p>page</p>');
  });

  it('refuses a read-only file, even for root', () => {
    fs.chmodSync(join(dir, 'partners', 'x.yaml'), 0o444);
    expect(safeWrite(replace())).toEqual({ ok: false, reason: 'read-only' });
    expectUntouched();
  });

  it('refuses to write through a symbolic link', () => {
    const { dir: outside, cleanup: removeOutside } = tempDir('roadmap-outside-');
    try {
      fs.writeFileSync(join(outside, 'target.yaml'), ORIGINAL);
      fs.symlinkSync(join(outside, 'target.yaml'), join(dir, 'partners', 'link.yaml'));
      expect(safeWrite(replace('partners/link.yaml'))).toEqual({ ok: false, reason: 'symlink' });
      expect(fs.readFileSync(join(outside, 'target.yaml'))).toEqual(ORIGINAL);
    } finally {
      removeOutside();
    }
  });

  it('refuses paths that leave the root, directly or through a linked folder', () => {
    const { dir: outside, cleanup: removeOutside } = tempDir('roadmap-outside-');
    try {
      fs.symlinkSync(outside, join(dir, 'axes'));
      expect(safeWrite({ root: dir, rel: '../escape.md', bytes: EDITED, mode: { kind: 'create' } })).toEqual({
        ok: false,
        reason: 'outside-root',
      });
      expect(safeWrite({ root: dir, rel: join(outside, 'abs.md'), bytes: EDITED, mode: { kind: 'create' } })).toEqual({
        ok: false,
        reason: 'outside-root',
      });
      expect(safeWrite({ root: dir, rel: 'axes/a.md', bytes: EDITED, mode: { kind: 'create' } })).toEqual({
        ok: false,
        reason: 'outside-root',
      });
      expect(safeWrite({ root: dir, rel: 'axes/deeper/a.md', bytes: EDITED, mode: { kind: 'create' } })).toEqual({
        ok: false,
        reason: 'outside-root',
      });
      expect(fs.readdirSync(outside)).toEqual([]);
    } finally {
      removeOutside();
    }
  });

  it('refuses when the file disappeared since it was read', () => {
    fs.rmSync(join(dir, 'partners', 'x.yaml'));
    expect(safeWrite(replace())).toEqual({ ok: false, reason: 'missing' });
    expect(entries()).toEqual([]);
  });

  // Each step that can fail on a real disk: the original stays, no temporary file is left.
  it.each([
    ['openSync', 'EACCES'],
    ['writeSync', 'ENOSPC'],
    ['writeSync', 'EIO'],
    ['fsyncSync', 'EIO'],
    ['closeSync', 'EIO'],
    ['renameSync', 'EXDEV'],
    ['renameSync', 'EPERM'],
  ] as const)('leaves everything as it was when %s fails with %s', (call, code) => {
    expect(safeWrite(replace(), failing(call, code))).toEqual({ ok: false, reason: 'io', detail: code });
    expectUntouched();
  });

  it('treats a write that makes no progress as a failure', () => {
    const stuck: WriteFs = { ...fs, writeSync: () => 0 };
    expect(safeWrite(replace(), stuck)).toEqual({ ok: false, reason: 'io', detail: 'EIO' });
    expectUntouched();
  });
});

describe('a batch of writes into one folder', () => {
  function begin(): WriteBatch {
    const begun = beginBatch(dir);
    if (!begun.ok) throw new Error(`batch refused: ${begun.reason}`);
    return begun.batch;
  }

  it('holds one lock for the folder, creates no lock file per file, and gives the lock back', () => {
    const created: string[] = [];
    const watching: WriteFs = {
      ...fs,
      openSync: ((path: string, ...rest: [string, number]) => {
        created.push(String(path));
        return fs.openSync(path, ...rest);
      }) as WriteFs['openSync'],
    };
    const batch = begin();
    expect(fs.readFileSync(join(dir, BATCH_LOCK_NAME), 'utf8')).toBe(`${process.pid}\n`);
    for (const rel of ['site/a.html', 'site/b.html', 'site/deeper/c.html']) {
      expect(
        safeWrite({ root: dir, rel, bytes: Buffer.from(rel), mode: { kind: 'create' }, flush: false, batch }, watching),
      ).toEqual({ ok: true });
    }
    expect(created.filter((path) => path.endsWith('.lock'))).toEqual([]);
    expect(created.filter((path) => path.endsWith('.tmp'))).toHaveLength(3);
    expect(fs.readFileSync(join(dir, 'site', 'deeper', 'c.html'), 'utf8')).toBe('site/deeper/c.html');
    endBatch(batch);
    expect(fs.existsSync(join(dir, BATCH_LOCK_NAME))).toBe(false);
  });

  it('refuses a second writer while the first runs, and takes over the lock of a process that has ended', () => {
    const batch = begin();
    expect(beginBatch(dir)).toEqual({ ok: false, reason: 'busy' });
    endBatch(batch);
    const ended = spawnSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' });
    fs.writeFileSync(join(dir, BATCH_LOCK_NAME), `${ended.stdout.trim()}\n`);
    const again = beginBatch(dir);
    expect(again.ok).toBe(true);
    if (again.ok) endBatch(again.batch);
  });

  it('checks each folder once and still refuses paths that leave the root, even next to a folder it checked', () => {
    const { dir: outside, cleanup: removeOutside } = tempDir('roadmap-outside-');
    try {
      fs.symlinkSync(outside, join(dir, 'axes'));
      const batch = begin();
      const create = (rel: string) => safeWrite({ root: dir, rel, bytes: EDITED, mode: { kind: 'create' }, batch });
      expect(create('partners/y.yaml')).toEqual({ ok: true });
      expect(create('partners/../../escape.md')).toEqual({ ok: false, reason: 'outside-root' });
      expect(create('partners/../axes/a.md')).toEqual({ ok: false, reason: 'outside-root' });
      expect(create('partners/x.yaml')).toEqual({ ok: false, reason: 'exists' });
      expect(fs.readdirSync(outside)).toEqual([]);
      expect([...batch.folders.keys()]).toEqual(['partners']);
      endBatch(batch);
    } finally {
      removeOutside();
    }
  });
});
