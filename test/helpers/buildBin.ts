import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './cli.js';

/**
 * Compiles the bin's code before `runBin` cases, only when a source is newer than
 * what the build made of it: test files run in parallel, and rebuilding `dist/`
 * while another file runs the bin would make it read half-written modules. tsc
 * emits even when unrelated files have type errors. The build is incremental
 * (tsconfig.json) and re-emits only the files that changed, so each source is
 * compared with its own output, not with main.js; nor with the build-info file,
 * which `tsc --noEmit` rewrites too.
 */
export function buildBin(): void {
  if (!outdated(join(ROOT, 'src'), join(ROOT, 'dist', 'src'))) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT });
}

function outdated(sources: string, outputs: string): boolean {
  for (const entry of readdirSync(sources, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    if (modifiedAt(join(outputs, relative(sources, source)).replace(/\.ts$/, '.js')) < modifiedAt(source)) return true;
  }
  return false;
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
