/**
 * One writer: no file under src/ but the writer's own (src/write/) imports a node:fs call that
 * writes, creates, moves or removes anything, nor the whole module (whose calls cannot be told
 * apart). Reads (readFileSync, lstatSync, openSync for reading…) stay free for every reading stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');
const WRITING = new Set([
  'writeFileSync',
  'writeFile',
  'appendFileSync',
  'appendFile',
  'writeSync',
  'write',
  'writev',
  'writevSync',
  'createWriteStream',
  'mkdirSync',
  'mkdir',
  'mkdtempSync',
  'mkdtemp',
  'renameSync',
  'rename',
  'unlinkSync',
  'unlink',
  'rmSync',
  'rm',
  'rmdirSync',
  'rmdir',
  'copyFileSync',
  'copyFile',
  'cpSync',
  'cp',
  'symlinkSync',
  'symlink',
  'linkSync',
  'link',
  'truncateSync',
  'truncate',
  'ftruncateSync',
  'chmodSync',
  'chmod',
  'chownSync',
  'chown',
  'utimesSync',
  'utimes',
  'promises',
]);

/** Each offending import of `text`: a writing call by name, or the whole module. */
function writingImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+'(?:node:)?fs(?:\/promises)?'/g)) {
    if (match[1]) continue; // types only
    const clause = match[2]!;
    if (/\*\s+as\s+\w+/.test(clause) || /^\w+$/.test(clause.trim())) found.push(clause.trim());
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of named.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]!;
      if (!part.trim().startsWith('type ') && WRITING.has(name)) found.push(name);
    }
  }
  for (const match of text.matchAll(/import\(\s*'(?:node:)?fs(?:\/promises)?'\s*\)/g)) found.push(match[0]);
  return found;
}

/** Writes that sit in files another branch is still changing this round, by `file: call`; remove each once moved into the writer. */
const ALLOWED: ReadonlySet<string> = new Set<string>([]);

describe('only src/write/ writes', () => {
  it('finds no writing node:fs import outside src/write/', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith(`write/`),
    );
    const offending = files.flatMap((file) =>
      writingImports(readFileSync(join(SRC, file), 'utf8')).map((name) => `${relative(SRC, join(SRC, file))}: ${name}`),
    );
    expect(offending.filter((entry) => !ALLOWED.has(entry))).toEqual([]);
    expect(
      [...ALLOWED].filter((entry) => !offending.includes(entry)),
      'allowed writes that are gone: remove them from ALLOWED',
    ).toEqual([]);
  });

  it('would see one (the check can fail)', () => {
    expect(writingImports("import { readFileSync, writeFileSync as put } from 'node:fs';")).toEqual(['writeFileSync']);
    expect(writingImports("import * as fs from 'node:fs';")).toEqual(['* as fs']);
    expect(writingImports("import { rm } from 'fs/promises';")).toEqual(['rm']);
    expect(
      writingImports("import type { Stats } from 'node:fs';\nimport { lstatSync, type Dirent } from 'node:fs';"),
    ).toEqual([]);
    expect(writingImports("const { mkdir } = await import('node:fs/promises');")).toEqual([
      "import('node:fs/promises')",
    ]);
  });
});
