/**
 * One write path: every target of a command is checked before the first
 * write, and an interrupted write leaves no temporary file behind.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateRoadmap } from '../bench/generate.js';
import { MANIFEST_NAME, parseManifest } from '../src/render/site/siteMarker.js';
import { BIN, ROOT, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { buildBin } from './helpers/buildBin.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('write-plan-')));
afterEach(() => cleanup());

describe('every target checked before the first write', () => {
  it('schema: a read-only settings file (the last target) refuses the whole plan, the six schemas included', async () => {
    roadmapFrom(dir);
    mkdirSync(join(dir, '.vscode'));
    const settings = join(dir, '.vscode', 'settings.json');
    writeFileSync(settings, '{ "editor.tabSize": 2 }\n');
    chmodSync(settings, 0o444);
    const result = await runMain(['schema', '--lang', 'en'], { cwd: dir, today: '2026-11-25' });
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: .vscode/settings.json is read-only. Nothing was written: make it writable (chmod u+w) or work on a copy.\n',
    );
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'schemas'))).toBe(false);
    expect(readFileSync(settings, 'utf8')).toBe('{ "editor.tabSize": 2 }\n');
  });
});

describe('interrupted writes', () => {
  beforeAll(buildBin, 120_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during a write: the process ends by the signal, no temporary or lock file is left`, async () => {
      const safeWrite = pathToFileURL(join(ROOT, 'dist', 'src', 'write', 'safeWrite.js')).href;
      // A write slowed down at its first chunk, so the signal lands while the temporary file exists.
      const script = `
        import * as fs from 'node:fs';
        import { safeWrite } from ${JSON.stringify(safeWrite)};
        const slow = { ...fs, writeSync: (...args) => { const end = Date.now() + 1500; while (Date.now() < end); return fs.writeSync(...args); } };
        safeWrite({ root: ${JSON.stringify(dir)}, rel: 'minutes.md', bytes: new TextEncoder().encode('x'.repeat(100000)), mode: { kind: 'create' } }, slow);
        setTimeout(() => process.stdout.write('survived'), 3000);
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, received) => resolve(received)),
      );
      const deadline = Date.now() + 20_000;
      while (!readdirSync(dir).some((name) => name.endsWith('.tmp')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(
        readdirSync(dir).some((name) => name.endsWith('.tmp')),
        'the temporary file was there when the signal was sent',
      ).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(stdout).toBe('');
      expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
      // The write in progress was finished, whole, before the process ended.
      expect(readFileSync(join(dir, 'minutes.md'), 'utf8')).toHaveLength(100000);
    });
  }

  it('SIGINT while the website is written: what was written is listed, no lock or temporary file is left, and the next run rebuilds the folder', async () => {
    const roadmap = join(dir, 'roadmap');
    generateRoadmap(roadmap, { commitments: 200, meetings: 10, seed: 3 });
    const out = join(dir, 'public');
    const child = spawn(process.execPath, [BIN, 'site', '--dir', roadmap, '--out', out, '--as-of', '2026-11-25'], {
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
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    const written = pages();
    expect(written.length, 'stopped part-way').toBeLessThan(200);
    const listed = parseManifest(readFileSync(join(out, MANIFEST_NAME), 'utf8'));
    for (const page of written) expect(listed?.has(`commitments/${page}`), page).toBe(true);
    const hidden = readdirSync(out, { recursive: true })
      .map(String)
      .filter((path) => path.split(sep).some((part) => part.startsWith('.')));
    expect(hidden).toEqual([MANIFEST_NAME]);
    const again = await runMain(['site', '--dir', roadmap, '--out', out, '--as-of', '2026-11-25'], {
      today: '2026-11-29',
    });
    expect(again.code, again.stderr).toBe(0);
    expect(pages()).toHaveLength(200);
  }, 120_000);
});
