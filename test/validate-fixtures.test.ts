/**
 * Validation cases: each folder of test/fixtures/validate/ overlays `files/`
 * on the base roadmap (and removes the paths listed in `delete.txt`); its
 * `expected.txt` lists every diagnostic as `file:line:col severity rule`.
 * Each case runs in-process and through the real bin.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, roadmapFrom, runBin, runMain, tempDir, type RunResult } from './helpers/cli.js';

const CASES = join(FIXTURES, 'validate');
const AS_OF = '2026-11-25';

function prepare(name: string): { root: string; cleanup: () => void; expected: string[]; args: string[] } {
  const caseDir = join(CASES, name);
  const { dir, cleanup } = tempDir(`validate-${name}-`);
  const deletions = existsSync(join(caseDir, 'delete.txt'))
    ? Object.fromEntries(readFileSync(join(caseDir, 'delete.txt'), 'utf8').split('\n').filter(Boolean).map((rel) => [rel, null]))
    : {};
  const root = roadmapFrom(dir, deletions);
  if (existsSync(join(caseDir, 'files'))) cpSync(join(caseDir, 'files'), root, { recursive: true });
  const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const args = existsSync(join(caseDir, 'args.json')) ? (JSON.parse(readFileSync(join(caseDir, 'args.json'), 'utf8')) as string[]) : [];
  return { root, cleanup, expected, args };
}

function summarise(result: RunResult): string[] {
  assertNoCrash(result);
  const parsed = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[] };
  for (const d of parsed.diagnostics) expect(d.message.length, `message of ${d.rule}`).toBeGreaterThan(0);
  return parsed.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`).sort();
}

const names = readdirSync(CASES).filter((name) => existsSync(join(CASES, name, 'expected.txt'))).sort();

describe('validate fixtures', () => {
  it('has cases', () => expect(names.length).toBeGreaterThan(10));

  for (const name of names) {
    it(name, async () => {
      const { root, cleanup, expected, args } = prepare(name);
      try {
        const argv = ['validate', '--dir', root, '--format', 'json', '--as-of', AS_OF, ...args];
        const inProcess = await runMain(argv, { today: AS_OF });
        expect(summarise(inProcess)).toEqual([...expected].sort());
        expect(inProcess.code).toBe(expected.some((line) => / error /.test(line)) ? 1 : 0);
        const bin = runBin(argv);
        expect(summarise(bin)).toEqual([...expected].sort());
        expect(bin.code).toBe(inProcess.code);
      } finally {
        cleanup();
      }
    });
  }
});
