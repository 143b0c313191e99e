/**
 * The hostile command lines of the catalogue (fixtures/hostile/cases.ts): exit 2,
 * one terminal-safe line in plain words, never an internal error or a hang.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_ARGUMENTS } from './fixtures/hostile/cases.js';
import { buildCase } from './fixtures/hostile/buildCase.js';
import { runMain } from './helpers/cli.js';

const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile command lines', () => {
  for (const hostile of HOSTILE_ARGUMENTS) {
    it.skipIf(hostile.skip !== undefined)(
      hostile.name,
      async () => {
        const { root, dir, cleanup } = buildCase({ name: hostile.name, setup: hostile.setup, expected: [] });
        try {
          const result = await runMain(hostile.argv(root, dir), { cwd: dir, today: '2026-11-25' });
          expect(result.stderr).not.toMatch(/internal error|erreur interne/);
          expect(result.stderr).not.toMatch(TERMINAL_UNSAFE);
          expect(result.stderr.split('\n')).toHaveLength(2);
          expect(result.stderr.trimEnd()).toMatch(hostile.stderr);
          expect(result.code).toBe(2);
        } finally {
          cleanup();
        }
      },
      20_000,
    );
  }
});
