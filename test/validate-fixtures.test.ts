/**
 * Validation cases: each folder of test/fixtures/validate/ overlays `files/`
 * on the base roadmap (and removes the paths listed in `delete.txt`); its
 * `expected.txt` lists every diagnostic as `file:line:col severity rule`, and
 * its `expected.fr.txt` is what a person reads in the terminal (the pretty
 * output in French, temporary paths replaced by `<tmp>`). Every case runs
 * in-process; two also run through the real bin, which must print the same
 * and end with the same exit code (0, then 1). `UPDATE_EXPECTED=1` rewrites the `expected.fr.txt` files (read the
 * diff before committing it).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, roadmapFrom, runBin, runMain, tempDir, type RunResult } from './helpers/cli.js';

const CASES = join(FIXTURES, 'validate');
const AS_OF = '2026-11-25';

function prepare(name: string): { root: string; cleanup: () => void; expected: string[]; args: string[] } {
  const caseDir = join(CASES, name);
  const { dir, cleanup } = tempDir(`validate-${name}-`);
  const deletions = existsSync(join(caseDir, 'delete.txt'))
    ? Object.fromEntries(
        readFileSync(join(caseDir, 'delete.txt'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((rel) => [rel, null]),
      )
    : {};
  const root = roadmapFrom(dir, deletions);
  if (existsSync(join(caseDir, 'files'))) cpSync(join(caseDir, 'files'), root, { recursive: true });
  const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const args = existsSync(join(caseDir, 'args.json'))
    ? (JSON.parse(readFileSync(join(caseDir, 'args.json'), 'utf8')) as string[])
    : [];
  return { root, cleanup, expected, args };
}

function summarise(result: RunResult): string[] {
  assertNoCrash(result);
  const parsed = JSON.parse(result.stdout) as {
    diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
  };
  for (const d of parsed.diagnostics) expect(d.message.length, `message of ${d.rule}`).toBeGreaterThan(0);
  return parsed.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`).sort();
}

const names = readdirSync(CASES)
  .filter((name) => existsSync(join(CASES, name, 'expected.txt')))
  .sort();
/** Through the real bin as well: a clean roadmap (exit 0) and a schema error (exit 1). */
const THROUGH_BIN = new Set(['clean', 'schema-type']);

/** What the terminal shows, with the run's temporary folder made stable. */
function sanitised(text: string, root: string): string {
  return text.split(root.slice(0, root.lastIndexOf('/roadmap'))).join('<tmp>');
}

function expectSeen(name: string, seen: string, lang = 'fr'): void {
  const file = join(CASES, name, `expected.${lang}.txt`);
  if (process.env.UPDATE_EXPECTED) writeFileSync(file, seen);
  expect(seen).toBe(readFileSync(file, 'utf8'));
}

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
        const prettyArgv = ['validate', '--dir', root, '--as-of', AS_OF, '--lang', 'fr', ...args];
        const pretty = await runMain(prettyArgv, { today: AS_OF });
        assertNoCrash(pretty);
        expect(pretty.code).toBe(inProcess.code);
        expectSeen(name, sanitised(pretty.stdout, root));
        // A case with an `expected.en.txt` shows its English words too.
        if (existsSync(join(CASES, name, 'expected.en.txt'))) {
          const english = await runMain(['validate', '--dir', root, '--as-of', AS_OF, '--lang', 'en', ...args], {
            today: AS_OF,
          });
          expectSeen(name, sanitised(english.stdout, root), 'en');
        }
        if (THROUGH_BIN.has(name)) {
          const bin = runBin(prettyArgv);
          expect(bin.stdout).toBe(pretty.stdout);
          expect(bin.code).toBe(inProcess.code);
        }
      } finally {
        cleanup();
      }
    });
  }
});
