/** Each command's format registry is exactly what its --format accepts, and an unknown format is a clear usage error. */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { ACTIONS_FORMATS } from '../src/commands/actions.js';
import { DIFF_FORMATS } from '../src/commands/diff.js';
import { OWNERS_FORMATS } from '../src/commands/owners.js';
import { REPORT_FORMATS } from '../src/commands/report.js';
import { pickFormat } from '../src/commands/shared/pickFormat.js';
import { UsageError } from '../src/io/io.js';
import { WORKBOOK_FORMATS } from '../src/commands/shared/writeWorkbook.js';

const REGISTRIES: Record<string, object> = { report: REPORT_FORMATS, actions: ACTIONS_FORMATS, diff: DIFF_FORMATS, owners: OWNERS_FORMATS };

describe('format registries', () => {
  for (const [name, registry] of Object.entries(REGISTRIES)) {
    it(`${name}: the registry's formats, default first, are the ones the command table declares`, () => {
      // Workbooks are files, written before any registry is asked (commands/shared/writeWorkbook.ts).
      const workbooks = name === 'report' || name === 'actions' ? WORKBOOK_FORMATS : [];
      expect([...Object.keys(registry), ...workbooks]).toEqual(COMMANDS.find((spec) => spec.name === name)!.formats);
    });
  }

  it('an unknown format is a usage error naming the known ones, in the user\'s language', () => {
    expect(() => pickFormat(REPORT_FORMATS, 'xlsx', 'fr')).toThrow(new UsageError('--format doit valoir table | markdown | json | csv, pas « xlsx »'));
    expect(() => pickFormat(DIFF_FORMATS, 'html', 'en')).toThrow(new UsageError('--format must be pretty | markdown | json, not "html"'));
  });

  it('no format given is the first one', () => {
    expect(pickFormat(OWNERS_FORMATS, undefined, 'en')).toBe(OWNERS_FORMATS.text);
  });
});
