#!/usr/bin/env node
// The whole program lives in main(); the bin only wires the process to it.
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/src/main.js';

// V8 lets the heap grow to about four times what outlived its last full collection before it
// collects again. The site and the brief make much short-lived text: at 10 000 commitments the
// site peaked at 380 to 480 MiB for an 81 MiB live set. Growing by half keeps it near 290 MiB,
// as fast (docs/performance.md).
setFlagsFromString('--heap-growing-percent=50');

// A reader that stops early (`roadmap report | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 2));
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
