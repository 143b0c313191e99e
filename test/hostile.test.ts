/**
 * The hostile-input catalogue through `validate`: every case in-process (exact
 * diagnostics, exit code, no crash, no prototype pollution, nothing executed,
 * bounded time, every extra output checked), the heavy ones also through the
 * real bin under a memory cap.
 */
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXECUTED_MARKER, HOSTILE_CASES, expectedExit } from './fixtures/hostile/cases.js';
import { buildCase } from './fixtures/hostile/buildCase.js';
import { assertNoCrash, runBin, runMain, type RunResult } from './helpers/cli.js';

const AS_OF = '2026-11-25';
/** Far above what validate needs on these inputs; an alias bomb or a leak would blow through it. */
const MEMORY_CAP_MB = 256;

function validateArgs(root: string, format = 'json'): string[] {
  return ['validate', '--dir', root, '--format', format, '--as-of', AS_OF];
}

function summarise(result: RunResult): string[] {
  assertNoCrash(result);
  const parsed = JSON.parse(result.stdout) as {
    diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
  };
  for (const d of parsed.diagnostics) expect(d.message.length, `message of ${d.rule}`).toBeLessThan(600);
  return parsed.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`).sort();
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile inputs: validate in-process', () => {
  it('the catalogue holds at least 45 cases with distinct names', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  for (const hostile of HOSTILE_CASES) {
    it.skipIf(hostile.skip !== undefined)(
      hostile.skip ? `${hostile.name} — skipped: ${hostile.skip}` : hostile.name,
      async () => {
        rmSync(EXECUTED_MARKER, { force: true });
        const { root, cleanup } = buildCase(hostile);
        try {
          const started = performance.now();
          const result = await runMain(validateArgs(root), { today: AS_OF });
          const elapsed = performance.now() - started;
          expect(summarise(result)).toEqual([...hostile.expected].sort());
          expect(result.code).toBe(expectedExit(hostile));
          if (hostile.maxMs !== undefined) expect(elapsed).toBeLessThan(hostile.maxMs);
          for (const output of hostile.outputs ?? []) {
            const formatted = await runMain(validateArgs(root, output.format), { today: AS_OF });
            assertNoCrash(formatted);
            output.check(formatted.stdout);
          }
        } finally {
          cleanup();
        }
        expect(existsSync(EXECUTED_MARKER), 'front matter code was executed').toBe(false);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      },
    );
  }
});

describe('hostile inputs: validate through the bin, memory capped', () => {
  for (const hostile of HOSTILE_CASES.filter((c) => c.bin && c.skip === undefined)) {
    it(hostile.name, () => {
      rmSync(EXECUTED_MARKER, { force: true });
      const { root, cleanup } = buildCase(hostile);
      try {
        const result = runBin(validateArgs(root), { env: { NODE_OPTIONS: `--max-old-space-size=${MEMORY_CAP_MB}` } });
        expect(summarise(result)).toEqual([...hostile.expected].sort());
        expect(result.code).toBe(expectedExit(hostile));
      } finally {
        cleanup();
      }
      expect(existsSync(EXECUTED_MARKER), 'front matter code was executed').toBe(false);
    });
  }
});
