/**
 * `roadmap export --format datapackage`: the roadmap as a Frictionless Data
 * Package, proven by the Frictionless JavaScript libraries (descriptor, every
 * row against its schema, foreign keys) and by SQLite with its foreign keys
 * on; what is private never leaves; text cannot become a spreadsheet formula
 * and stays exact; the writes are planned, refused when a file in the way is
 * not ours, and listed by --dry-run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { assertNoCrash, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { frictionlessCheck, sqliteLoad } from './helpers/openData.js';
import { unguardText } from '../src/render/datapackage/csvText.js';

const BUNDLED = join(ROOT, 'roadmap');
const TODAY = '2026-11-25';
const TABLES = [
  'convention',
  'partners',
  'axes',
  'commitments',
  'milestones',
  'indicators',
  'measures',
  'journal',
  'meetings',
  'attendance',
  'decisions',
  'actions',
  'funding',
  'funding_entries',
];

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function temp(): string {
  const made = tempDir('roadmap-export-');
  cleanups.push(made.cleanup);
  return made.dir;
}
const exportTo = (dir: string, out: string, ...args: string[]) =>
  runMain(['export', '--dir', dir, '--format', 'datapackage', '--out', out, ...args], { today: TODAY });

describe('the bundled roadmap as a data package', () => {
  test('Frictionless reads every row of every table against its schema, foreign keys included, and SQLite loads it with its keys on', async () => {
    const out = join(temp(), 'package');
    const result = await exportTo(BUNDLED, out, '--as-of', '2020-01-15');
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...TABLES.map((name) => `${name}.csv`), 'datapackage.json'].sort());

    const report = await frictionlessCheck(out);
    expect(report.descriptorErrors).toEqual([]);
    expect(report.rowErrors).toEqual({});
    expect(Object.keys(report.rows).sort()).toEqual([...TABLES].sort());
    expect(report.rows.commitments!.length).toBeGreaterThan(10);
    expect(report.rows.journal!.length).toBeGreaterThan(0);
    expect(report.rows.meetings!.length).toBeGreaterThan(0);
    expect(report.rows.convention![0]!.as_of).toBeInstanceOf(Date);

    const db = join(temp(), 'package.db');
    const loaded = sqliteLoad(out, db);
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toBe(''); // foreign_key_check lists nothing
    const counts = JSON.parse(
      loaded.query(`SELECT ${TABLES.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ')}`),
    )[0];
    for (const name of TABLES) expect(counts[name], name).toBe(report.rows[name]!.length);

    // The derived figures are the report's, as of the same date.
    const json = JSON.parse(
      (await runMain(['report', '--dir', BUNDLED, '--as-of', '2020-01-15', '--format', 'json'], { today: TODAY }))
        .stdout,
    );
    const axes = JSON.parse(
      loaded.query('SELECT id, as_of_commitments, as_of_done, as_of_late, as_of_progress FROM axes ORDER BY number'),
    );
    expect(axes).toEqual(
      json.axes.map((axis: Record<string, unknown>) => ({
        id: axis.id,
        as_of_commitments: axis.commitments,
        as_of_done: axis.done,
        as_of_late: axis.late,
        as_of_progress: axis.progress,
      })),
    );
    const late = JSON.parse(loaded.query("SELECT count(*) AS n FROM commitments WHERE as_of_late = 'true'"))[0].n;
    expect(late).toBe(json.axes.reduce((sum: number, axis: { late: number }) => sum + axis.late, 0));
  });

  test('the checks fail on a package that breaks its schema: a dangling foreign key, a date that is not one', async () => {
    const out = join(temp(), 'package');
    expect((await exportTo(BUNDLED, out, '--as-of', '2020-01-15')).code).toBe(0);
    const path = join(out, 'commitments.csv');
    const [header, first, ...rest] = readFileSync(path, 'utf8').split('\r\n');
    const columns = header!.split(',');
    const cells = first!.split(',');
    cells[columns.indexOf('axis')] = 'no-such-axis';
    writeFileSync(path, [header, cells.join(','), ...rest].join('\r\n'));
    const broken = await frictionlessCheck(out);
    expect(broken.rowErrors.commitments?.join(' ')).toMatch(/foreign key/i);
    expect(sqliteLoad(out, join(temp(), 'broken.db')).stderr).toMatch(/FOREIGN KEY/i);

    writeFileSync(path, [header, first!.replace(/\d{4}-\d\d-\d\d/, '2019-02-30'), ...rest].join('\r\n'));
    expect(Object.keys((await frictionlessCheck(out)).rowErrors)).toContain('commitments');
  });
});

describe('money', () => {
  test('the financing plan and its entries, their sums the report’s own, checked by Frictionless and SQLite', async () => {
    const dir = join(ROOT, 'test', 'fixtures', 'money', 'roadmap');
    const out = join(temp(), 'package');
    const result = await exportTo(dir, out, '--as-of', TODAY);
    expect(result.code, result.stderr).toBe(0);
    const report = await frictionlessCheck(out);
    expect(report.descriptorErrors).toEqual([]);
    expect(report.rowErrors).toEqual({});
    expect(report.rows.funding!.length).toBeGreaterThan(0);
    expect(report.rows.funding_entries!.length).toBeGreaterThan(0);
    const loaded = sqliteLoad(out, join(temp(), 'money.db'));
    expect(loaded.code, loaded.stderr).toBe(0);
    const json = JSON.parse(
      (await runMain(['report', '--dir', dir, '--as-of', TODAY, '--format', 'json'], { today: TODAY })).stdout,
    );
    const open = "JOIN commitments c ON c.id = f.commitment WHERE c.as_of_status <> 'cancelled'";
    // Sums in cents, as the engine makes them, then back to units.
    const sums = JSON.parse(
      loaded.query(
        `SELECT (SELECT sum(round(f.planned * 100)) FROM funding f ${open}) / 100.0 AS planned, (SELECT sum(round(f.as_of_committed * 100)) FROM funding f ${open}) / 100.0 AS committed, (SELECT sum(round(f.as_of_paid * 100)) FROM funding f ${open}) / 100.0 AS paid, (SELECT sum(round(cost * 100)) FROM commitments WHERE as_of_status <> 'cancelled') / 100.0 AS cost`,
      ),
    )[0];
    expect(sums).toEqual({
      planned: json.funding.total.planned,
      committed: json.funding.total.committed,
      paid: json.funding.total.paid,
      cost: json.funding.total.cost,
    });
  });
});

describe('what never leaves', () => {
  test('contacts’ e-mails and phones, and every item marked x-private: true', async () => {
    const dir = roadmapFrom(temp(), {
      'partners/cci.yaml': `${readFileSync(join(ROOT, 'test/fixtures/base/roadmap/partners/cci.yaml'), 'utf8')}contacts:\n  - name: Secret Person\n    email: secret.person@example.org\n`,
      'commitments/reglement.md': readFileSync(
        join(ROOT, 'test/fixtures/base/roadmap/commitments/reglement.md'),
        'utf8',
      ).replace(/^---\n/, '---\nx-private: true\n'),
      'commitments/guichet-unique.md': readFileSync(
        join(ROOT, 'test/fixtures/base/roadmap/commitments/guichet-unique.md'),
        'utf8',
      ).replace(
        '  - date: 2018-09-01\n    text: Lancement\n',
        '  - date: 2018-09-01\n    text: Lancement\n  - date: 2018-10-01\n    text: Hidden internal note\n    x-private: true\n',
      ),
    });
    const out = join(temp(), 'package');
    const result = await exportTo(dir, out, '--as-of', '2020-01-15');
    expect(result.code, result.stderr).toBe(0);
    const everything = readdirSync(out)
      .map((name) => readFileSync(join(out, name), 'utf8'))
      .join('\n');
    expect(everything).not.toMatch(/secret\.person|Secret Person|Hidden internal note/);
    expect(everything).not.toMatch(/^reglement,/m);
    expect(readFileSync(join(out, 'journal.csv'), 'utf8')).toMatch(/Lancement/);
    const report = await frictionlessCheck(out);
    expect(report.rowErrors).toEqual({});
  });
});

describe('text from the files', () => {
  test('a formula is written as text for spreadsheets, and the exact text comes back by removing one apostrophe', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","click")', "'already quoted", '  +1+2', 'line one\nline, "two"'];
    const dir = roadmapFrom(temp(), {
      'commitments/guichet-unique.md': readFileSync(
        join(ROOT, 'test/fixtures/base/roadmap/commitments/guichet-unique.md'),
        'utf8',
      )
        .replace('title: Guichet unique des créateurs', `title: ${JSON.stringify(hostile[0])}`)
        .replace(
          '    text: Lancement\n',
          `    text: ${JSON.stringify(hostile[2])}\n  - date: 2018-09-02\n    text: ${JSON.stringify(hostile[1])}\n  - date: 2018-09-03\n    text: ${JSON.stringify(hostile[3])}\n`,
        ),
    });
    const out = join(temp(), 'package');
    expect((await exportTo(dir, out, '--as-of', '2020-01-15')).code).toBe(0);
    const csv = readFileSync(join(out, 'commitments.csv'), 'utf8');
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""click"")"`.replace(/^/, '"'));
    const report = await frictionlessCheck(out);
    expect(report.rowErrors).toEqual({});
    expect(unguardText(String(report.rows.commitments!.find((row) => row.id === 'guichet-unique')!.title))).toBe(
      hostile[0],
    );
    const texts = report.rows
      .journal!.filter((row) => row.commitment === 'guichet-unique')
      .map((row) => unguardText(String(row.text)));
    expect(texts).toEqual(expect.arrayContaining(hostile.slice(1)));
    // No cell of the file starts a formula once the CSV quotes are read.
    const db = join(temp(), 'hostile.db');
    expect(sqliteLoad(out, db).code).toBe(0);
    const starts = JSON.parse(
      sqliteLoad(out, join(temp(), 'again.db')).query(
        'SELECT text FROM journal UNION ALL SELECT title FROM commitments',
      ) || '[]',
    ) as { text: string }[];
    for (const { text } of starts) expect(text).not.toMatch(/^\s*[=+\-@]/);
  });
});

describe('writing', () => {
  test('a rerun replaces its own package; a file in the way that is not ours stops it with nothing written; --dry-run writes nothing', async () => {
    const out = join(temp(), 'package');
    const dry = await exportTo(BUNDLED, out, '--dry-run', '--lang', 'en');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Would write: .*datapackage\.json/);
    expect(existsSync(out)).toBe(false);

    expect((await exportTo(BUNDLED, out, '--as-of', '2020-01-15')).code).toBe(0);
    const again = await exportTo(BUNDLED, out, '--as-of', '2021-01-15');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'))['x-roadmap'].asOf).toBe('2021-01-15');

    const other = join(temp(), 'other');
    expect((await exportTo(BUNDLED, other)).code).toBe(0);
    writeFileSync(join(other, 'datapackage.json'), '{"name":"somebody-else"}');
    const refused = await exportTo(BUNDLED, other, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not made by roadmap/);
    expect(readFileSync(join(other, 'datapackage.json'), 'utf8')).toBe('{"name":"somebody-else"}');
  });

  test('--out is required and may not be inside the roadmap folder', async () => {
    expect((await runMain(['export', '--dir', BUNDLED, '--lang', 'en'], { today: TODAY })).stderr).toMatch(/--out/);
    const dir = roadmapFrom(temp());
    const inside = await exportTo(dir, join(dir, 'open-data'), '--lang', 'en');
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/inside the roadmap folder/);
  });
});

describe('init --open-data: each repository’s own CI makes and publishes its package', () => {
  test('the Pages job (GitHub and GitLab) builds the site and exports the package under data/, and what its commands write is a valid package', async () => {
    const github = temp();
    expect((await runMain(['init', '--site', '--open-data'], { cwd: github, today: TODAY })).code).toBe(0);
    const workflow = parse(readFileSync(join(github, '.github/workflows/roadmap.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
    };
    const runs = workflow.jobs
      .site!.steps.map((step) => step.run)
      .filter((run): run is string => typeof run === 'string' && run.startsWith('roadmap '));
    expect(runs).toEqual([
      'roadmap site --dir roadmap --out public',
      'roadmap export --dir roadmap --format datapackage --out public/data',
    ]);
    // The job's own commands, run in the new repository as CI runs them.
    for (const command of runs)
      expect((await runMain(command.split(' ').slice(1), { cwd: github, today: TODAY })).code).toBe(0);
    const report = await frictionlessCheck(join(github, 'public', 'data'));
    expect(report.descriptorErrors).toEqual([]);
    expect(report.rowErrors).toEqual({});
    expect(existsSync(join(github, 'public', 'index.html'))).toBe(true);

    const gitlab = temp();
    expect((await runMain(['init', '--ci', 'gitlab', '--open-data'], { cwd: gitlab, today: TODAY })).code).toBe(0);
    const ci = parse(readFileSync(join(gitlab, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; artifacts: { paths: string[] } }
    >;
    expect(ci.pages!.script).toEqual([
      'npm install --global "$ROADMAP_TOOL"',
      'roadmap export --dir roadmap --format datapackage --out public/data',
    ]);
    expect(ci.pages!.artifacts.paths).toEqual(['public']);
  });
});
