/**
 * CSV for spreadsheets and programs: every cell from a file neutralised
 * exactly as docs/reference/report.md says (leading tab or CR, formulas after
 * leading blanks, controls and bidi characters), and each single view of
 * `report --format csv --by …` one rectangular table, read back with a real
 * CSV parse; `--by all` keeps the combined file for people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralised } from '../src/render/sheet/sheetsToCsv.js';
import { REPORT_VIEWS } from '../src/render/report/reportSheets.js';
import { FIXTURES, ROOT, runMain } from './helpers/cli.js';

const AS_OF = '2026-11-25';

/** RFC 4180 records: quoted cells with doubled quotes, CRLF between records. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      index++;
    } else {
      cell += char;
    }
  }
  expect(quoted, 'unterminated quote').toBe(false);
  expect(cell, 'text after the last CRLF').toBe('');
  return records;
}

describe('neutralised', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "' =1+1"],
    ['\tfin', "' fin"],
    ['\r=1+1', "'=1+1"],
    ['\rx', "'x"],
    ['  =1+1', "'  =1+1"],
    ['\n=1+1', "' =1+1"],
    ['\u202e=1+1', "'=1+1"],
    ['\u0007@x', "'@x"],
    ['Guichet = unique', 'Guichet = unique'],
    ['ligne\nsuivante', 'ligne suivante'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutralised(input)).toBe(output);
  });
});

describe('report --format csv --by <view>', () => {
  const roadmaps = [join(ROOT, 'roadmap'), join(FIXTURES, 'engine', 'roadmap')];

  it.each(REPORT_VIEWS.filter((view) => view !== 'all').flatMap((view) => roadmaps.map((dir) => [view, dir])))(
    '--by %s is one rectangular table (%s)',
    async (view, dir) => {
      for (const [lang, separator] of [
        ['fr', ';'],
        ['en', ','],
      ] as const) {
        const run = await runMain(
          ['report', '--dir', dir, '--as-of', AS_OF, '--format', 'csv', '--by', view, '--lang', lang],
          { today: AS_OF },
        );
        expect(run.code, run.stderr).toBe(0);
        const records = parseCsv(run.stdout, separator);
        expect(records.length).toBeGreaterThan(1);
        const width = records[0]!.length;
        expect(width).toBeGreaterThan(1);
        for (const record of records) expect(record).toHaveLength(width);
        expect(records[0]!.every((label) => label !== '')).toBe(true);
      }
    },
  );

  it('--by all keeps every table in one file, each under its title, for people', async () => {
    const run = await runMain(['report', '--dir', join(ROOT, 'roadmap'), '--as-of', AS_OF, '--format', 'csv'], {
      today: AS_OF,
    });
    const blocks = run.stdout.replace(/^\ufeff/, '').split('\r\n\r\n');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.map((block) => block.split('\r\n')[0])).toEqual(
      expect.arrayContaining(['Avancement par axe', 'Avancement par partenaire']),
    );
  });
});
