/** Each command's format registry is exactly what its --format accepts, and an unknown format is a clear usage error. */
import { describe, expect, it } from 'vitest';
import { ACTIONS_FORMATS } from '../src/commands/actions.js';
import { DIFF_FORMATS } from '../src/commands/diff.js';
import { declaredFlags, isGiven, type CommandName } from '../src/commands/flags/commandFlags.js';
import { readFlags } from '../src/commands/flags/readFlags.js';
import { OWNERS_FORMATS } from '../src/commands/owners.js';
import { REPORT_FORMATS } from '../src/commands/report.js';
import { FORMATTERS } from '../src/formats/index.js';
import { UsageError } from '../src/io/io.js';
import { WORKBOOK_FORMATS } from '../src/commands/output/writeWorkbook.js';

const REGISTRIES: Partial<Record<CommandName, object>> = {
  validate: FORMATTERS,
  report: REPORT_FORMATS,
  actions: ACTIONS_FORMATS,
  diff: DIFF_FORMATS,
  owners: OWNERS_FORMATS,
};

describe('format registries', () => {
  for (const [name, registry] of Object.entries(REGISTRIES)) {
    it(`${name}: the registry's formats, default first, are the ones the command declares`, () => {
      // Workbooks are files, written before any registry is asked (commands/output/writeWorkbook.ts).
      const workbooks = name === 'report' || name === 'actions' ? WORKBOOK_FORMATS : [];
      expect([...Object.keys(registry), ...workbooks]).toEqual(declaredFlags(name as CommandName).formats);
    });
  }

  it("an unknown format is a usage error naming the known ones, in the user's language", () => {
    expect(() => readFlags('report', { format: 'xls' }, 'fr')).toThrow(
      new UsageError(
        '--format doit valoir table | markdown | json | csv | xlsx | ods, pas « xls » ; vouliez-vous dire « xlsx » ?',
      ),
    );
    expect(() => readFlags('diff', { format: 'html' }, 'en')).toThrow(
      new UsageError('--format must be pretty | markdown | json, not "html"'),
    );
    expect(() => readFlags('report', { format: 'jsn' }, 'en')).toThrow(
      new UsageError('--format must be table | markdown | json | csv | xlsx | ods, not "jsn"; did you mean "json"?'),
    );
  });

  it('no format given is the first one', () => {
    expect(readFlags('owners', {}, 'en').format).toBe('text');
    expect(readFlags('validate', {}, 'en').format).toBe('pretty');
  });
});

describe('typed flags', () => {
  it('gives switches as booleans, values as strings, repeatable flags as their occurrences', () => {
    const flags = readFlags(
      'meeting record',
      { dryRun: true, present: 'a,b', decision: [{ value: 'x', at: 0 }] },
      'en',
    );
    expect(flags.dryRun).toBe(true);
    expect(flags.present).toBe('a,b');
    expect(flags.excused).toBeUndefined();
    expect(flags.decision).toEqual([{ value: 'x', at: 0 }]);
    expect(flags.action).toEqual([]);
    expect(isGiven(flags.action)).toBe(false);
    expect(isGiven(flags.decision)).toBe(true);
    expect(readFlags('close', {}, 'en').cancelled).toBe(false);
  });

  it('keeps only the flags the command declares', () => {
    expect(Object.keys(readFlags('explain', { lang: 'fr', dir: '/elsewhere' }, 'en')).sort()).toEqual([
      'debug',
      'lang',
    ]);
  });
});
