/** Running the CLI in-process (main) and through the real bin, with the same result shape. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliMessage } from '../../src/cli/cliMessages.js';
import { LANGS } from '../../src/i18n/lang.js';
import { main } from '../../src/main.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const BIN = join(ROOT, 'bin', 'roadmap.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Pins "today" (YYYY-MM-DD) for in-process runs. */
  today?: string;
  isTTY?: boolean;
}

export async function runMain(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    now: options.today ? () => new Date(`${options.today}T12:00:00Z`) : undefined,
  });
  return { code, stdout, stderr };
}

export function runBin(argv: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...(options.env ?? {}) },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'roadmap-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Copies the `base` fixture roadmap into `<dir>/roadmap`, then writes `files`
 * over it (roadmap-relative paths; `null` deletes a file).
 */
export function roadmapFrom(
  dir: string,
  files: Record<string, string | Uint8Array | null> = {},
  base = join(FIXTURES, 'base', 'roadmap'),
): string {
  const root = join(dir, 'roadmap');
  cpSync(base, root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    if (content === null) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** How a crash starts in every language the tool speaks (« erreur interne : », "internal error: "), from its own message table. */
const CRASH_WORDS = LANGS.map((lang) => cliMessage('error/internal', lang, { detail: '', hint: '' }).trim());

/** No stack trace, no internal error in any language, an exit code of 0, 1 or 2: what every bad input must leave. */
export function assertNoCrash(result: RunResult): void {
  const text = result.stdout + result.stderr;
  const crashed =
    CRASH_WORDS.some((words) => text.includes(words)) ||
    /\n\s+at .+\(.+:\d+:\d+\)|TypeError|RangeError|ReferenceError/.test(text);
  if (crashed || ![0, 1, 2].includes(result.code)) {
    throw new Error(`command crashed:\n${text.slice(0, 2000)}`);
  }
}
