import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** Compiles the bin's code before `runBin` cases; tsc emits even when unrelated files have type errors. */
export function buildBin(): void {
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}
