import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * Compiles the bin's code before `runBin` cases, only when a source is newer than
 * the build: test files run in parallel, and rebuilding `dist/` while another file
 * runs the bin would make it read half-written modules. tsc emits even when
 * unrelated files have type errors.
 */
export function buildBin(): void {
  if (newestSource(join(ROOT, 'src')) <= modifiedAt(join(ROOT, 'dist', 'src', 'main.js'))) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, modifiedAt(join(entry.parentPath, entry.name)));
  }
  return newest;
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
