import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
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
  const sources = join(ROOT, 'src');
  const outputs = join(ROOT, 'dist', 'src');
  if (staleOutputs(sources, outputs).length === 0) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT });
  // An output tsc did not re-emit belongs to a source only touched (a formatter, a checkout): it is current. Marked so,
  // or every later run would compile again, some seconds per test file.
  const now = new Date();
  for (const output of staleOutputs(sources, outputs)) if (modifiedAt(output) > 0) utimesSync(output, now, now);
}

/** The outputs older than their source (or missing: then mtime 0). */
function staleOutputs(sources: string, outputs: string): string[] {
  const stale: string[] = [];
  for (const entry of readdirSync(sources, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const output = join(outputs, relative(sources, source)).replace(/\.ts$/, '.js');
    if (modifiedAt(output) < modifiedAt(source)) stale.push(output);
  }
  return stale;
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
