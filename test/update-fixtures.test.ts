/**
 * Editing cases: each folder of test/fixtures/edit/ holds a commitment file
 * (`before.md`), the `roadmap update` flags (`args.json`) and the file as it
 * must be afterwards (`expected.md`, written by hand). `eol: "crlf"` and
 * `bom: true` turn both files into CRLF / BOM files, so the cases do not
 * depend on how git checks out line endings. Each case runs in-process; the
 * BOM and CRLF case also runs through the real bin, whose bytes on disk must
 * be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, roadmapFrom, runBin, runMain, tempDir, type RunResult } from './helpers/cli.js';
import { buildBin } from './helpers/buildBin.js';

beforeAll(buildBin, 120_000);

const CASES = join(FIXTURES, 'edit');
const TODAY = '2020-01-15';

interface EditCase {
  commitment: string;
  argv: string[];
  eol?: 'crlf';
  bom?: boolean;
}

function bytesOf(text: string, editCase: EditCase): Buffer {
  const withEol = editCase.eol === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  return Buffer.from((editCase.bom ? '\ufeff' : '') + withEol, 'utf8');
}

const names = readdirSync(CASES).sort();
const THROUGH_BIN = new Set(['bom-crlf-milestone']);

describe('update fixtures', () => {
  it('has cases', () => expect(names.length).toBeGreaterThanOrEqual(4));

  for (const name of names) {
    const editCase = JSON.parse(readFileSync(join(CASES, name, 'args.json'), 'utf8')) as EditCase;
    const before = bytesOf(readFileSync(join(CASES, name, 'before.md'), 'utf8'), editCase);
    const expected = bytesOf(readFileSync(join(CASES, name, 'expected.md'), 'utf8'), editCase);
    const rel = `commitments/${editCase.commitment}.md`;

    for (const [how, run] of [
      ['in-process', (argv: string[]) => runMain(argv, { today: TODAY })],
      ...(THROUGH_BIN.has(name) ? [['bin', (argv: string[]) => runBin(argv)] as const] : []),
    ] as const) {
      it(`${name} (${how})`, async () => {
        const { dir, cleanup } = tempDir(`edit-${name}-`);
        try {
          const root = roadmapFrom(dir, { [rel]: before });
          const result: RunResult = await run(['update', editCase.commitment, '--dir', root, ...editCase.argv]);
          assertNoCrash(result);
          expect(result.stderr).toBe('');
          expect(result.code).toBe(0);
          expect(readFileSync(join(root, rel)).toString('utf8')).toBe(expected.toString('utf8'));
          expect(readFileSync(join(root, rel))).toEqual(expected);
          expect(readdirSync(join(root, 'commitments')).sort()).toEqual(['guichet-unique.md', 'reglement.md']);
        } finally {
          cleanup();
        }
      });
    }
  }
});
