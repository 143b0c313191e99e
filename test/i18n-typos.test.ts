/**
 * A typo in a required key (`stauts`) is one mistake: one error, and the rest
 * of the file is still checked as the partner meant it, so they do not fix
 * one problem only to meet the next on the following run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoCrash, FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-25';
const GUICHET = readFileSync(join(FIXTURES, 'base', 'roadmap', 'commitments', 'guichet-unique.md'), 'utf8');

function summary(stdout: string): string[] {
  return (JSON.parse(stdout) as { diagnostics: { line: number; column: number; rule: string }[] }).diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.rule}`,
  );
}

describe('a typo in a required key', () => {
  it('is reported once, and the other problems of the file are reported in the same run', async () => {
    const broken = GUICHET.replace('status: in_progress\nstart', 'stauts: in_progress\nstart') // line 7
      .replace('lead: cci', 'lead: cci-94') // line 5, value at column 7
      .replace(
        '  - title: Ouverture\n    due: 2030-03-31',
        '  - titel: Ouverture\n    due: 2030-03-31\n    done_on: 2027-01-15',
      ); // lines 14–16
    const { dir, cleanup } = tempDir('typos-');
    try {
      const root = roadmapFrom(dir, { 'commitments/guichet-unique.md': broken });
      const argv = ['validate', '--dir', root, '--format', 'json', '--as-of', AS_OF];
      const expected = [
        '5:7 ref/unknown-partner',
        '7:1 schema/unknown-field',
        '14:5 schema/unknown-field',
        '16:14 date/future',
      ];
      const inProcess = await runMain(argv, { today: AS_OF });
      assertNoCrash(inProcess);
      expect(summary(inProcess.stdout)).toEqual(expected);
      expect(inProcess.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('still stops reading a file whose required field is simply missing', async () => {
    const { dir, cleanup } = tempDir('typos-missing-');
    try {
      const root = roadmapFrom(dir, {
        'commitments/guichet-unique.md': GUICHET.replace('status: in_progress\nstart', 'start').replace(
          'lead: cci',
          'lead: cci-94',
        ),
      });
      const result = await runMain(['validate', '--dir', root, '--format', 'json', '--as-of', AS_OF], { today: AS_OF });
      expect(summary(result.stdout)).toEqual(['2:1 schema/required']);
    } finally {
      cleanup();
    }
  });
});
