/**
 * `roadmap portfolio`: one view across conventions that come as local
 * folders, a local data package, a git repository at a pinned commit (a
 * local bare repository) and a package published over http (a server on
 * 127.0.0.1 in this test), one of them invalid. Each convention's figures are
 * checked against its own `report --format json`; the portfolio's package
 * by Frictionless and SQLite; the site by html-validate. Bad sources (a
 * descriptor that lies about its columns, a CSV of a million rows, a
 * redirect loop, a server that never answers, a commit that does not exist)
 * each end as one problem line, and the rest still counts.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { assertNoCrash, FIXTURES, ROOT, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';
import { GitRepo } from './helpers/gitRepo.js';
import { frictionlessCheck, sqliteLoad } from './helpers/openData.js';
import { python, readersSkip } from './helpers/officeReaders.js';

const TODAY = '2026-11-25';
const AS_OF = '2026-11-25';
const FOLDERS = {
  bundled: join(ROOT, 'roadmap'),
  base: join(FIXTURES, 'base', 'roadmap'),
  engine: join(FIXTURES, 'engine', 'roadmap'),
  site: join(FIXTURES, 'site', 'roadmap'),
  postponements: join(FIXTURES, 'postponements', 'roadmap'),
  money: join(FIXTURES, 'money', 'roadmap'),
};

let work: string;
let cleanup: () => void;
let server: Server;
let origin: string;
/** Paths the server answers, with the folder whose files it serves there. */
const served = new Map<string, string>();

beforeAll(async () => {
  // The worker threads run the compiled code.
  buildBin();
  ({ dir: work, cleanup } = tempDir('roadmap-portfolio-'));
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/loop/datapackage.json') {
      response.writeHead(302, { location: '/loop/datapackage.json' });
      return void response.end();
    }
    // Never answers: the portfolio must give up after its time-out.
    if (url.pathname.startsWith('/silent/')) return;
    const [, prefix, name] = /^\/([^/]+)\/data\/([a-z_]+\.(?:csv|json))$/.exec(url.pathname) ?? [];
    const folder = prefix ? served.get(prefix) : undefined;
    if (!folder || !name || !existsSync(join(folder, name))) {
      response.writeHead(404);
      return void response.end();
    }
    response.writeHead(200, { 'content-type': name.endsWith('.json') ? 'application/json' : 'text/csv' });
    response.end(readFileSync(join(folder, name)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  cleanup();
});

async function exported(from: string, name: string): Promise<string> {
  const out = join(work, 'packages', name);
  const result = await runMain(['export', '--dir', from, '--format', 'datapackage', '--out', out, '--as-of', AS_OF], {
    today: TODAY,
  });
  expect(result.code, result.stderr).toBe(0);
  return out;
}

function portfolioFile(name: string, conventions: { id: string; source: string; territory?: string }[]): string {
  const path = join(work, `${name}.yaml`);
  const lines = [`id: ${name}`, `title: Portefeuille ${name}`, 'conventions:'];
  for (const convention of conventions) {
    lines.push(`  - id: ${convention.id}`, `    source: ${JSON.stringify(convention.source)}`);
    if (convention.territory) lines.push(`    territory: ${JSON.stringify(convention.territory)}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface PortfolioJson {
  conventions: {
    id: string;
    ok: boolean;
    title?: string;
    commitments?: number;
    late?: number;
    progress?: number | null;
    lastUpdate?: string | null;
    lastCommittee?: string | null;
    site?: string | null;
    axes?: { id: string; commitments: number; done: number; late: number; progress: number | null }[];
    problem?: { code: string; message: string };
  }[];
  total: { conventions: number; commitments: number };
  axisTitles: { title: string; conventions: number; commitments: number }[];
  partnerKinds: { kind: string }[];
  territories: { territory: string | null; conventions: number }[];
  stale: { conventions: { id: string }[] };
  money: { currency: string; conventions: number; cost: number; planned: number; committed: number; paid: number }[];
}

describe('a portfolio of seven sources, one invalid', () => {
  let json: PortfolioJson;
  let out: string;
  let commit: string;

  beforeAll(async () => {
    // A git source: a bare repository holding a roadmap at a pinned commit.
    const repo = new GitRepo(join(work, 'repo'));
    cpSync(FOLDERS.site, join(repo.top, 'roadmap'), { recursive: true });
    commit = repo.commit('roadmap');
    repo.git('clone', '-q', '--bare', repo.top, join(work, 'repo.git'));
    // An http source: the package the postponements roadmap's CI would publish under data/.
    served.set('postponements', await exported(FOLDERS.postponements, 'postponements'));
    const invalid = roadmapFrom(join(work, 'invalid'), {
      'commitments/reglement.md': readFileSync(join(FOLDERS.base, 'commitments', 'reglement.md'), 'utf8').replace(
        /^lead: .*$/m,
        'lead: nobody',
      ),
    });
    const path = portfolioFile('five', [
      { id: 'bundled', source: FOLDERS.bundled, territory: 'Val-de-Marne' },
      { id: 'base', source: FOLDERS.base, territory: 'Val-de-Marne' },
      { id: 'engine', source: await exported(FOLDERS.engine, 'engine') },
      { id: 'broken', source: invalid },
      { id: 'git', source: `${join(work, 'repo.git')}#${commit}` },
      { id: 'http', source: `${origin}/postponements/data/datapackage.json` },
      { id: 'money', source: await exported(FOLDERS.money, 'money') },
    ]);
    out = join(work, 'five-out');
    const result = await runMain(
      ['portfolio', path, '--out', out, '--as-of', AS_OF, '--format', 'json', '--lang', 'en'],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    json = JSON.parse(result.stdout) as PortfolioJson;
  }, 120_000);

  test('each convention’s figures are its own report’s', async () => {
    const sources: Record<string, string> = {
      bundled: FOLDERS.bundled,
      base: FOLDERS.base,
      engine: FOLDERS.engine,
      git: FOLDERS.site,
      http: FOLDERS.postponements,
      money: FOLDERS.money,
    };
    for (const [id, folder] of Object.entries(sources)) {
      const report = JSON.parse(
        (await runMain(['report', '--dir', folder, '--as-of', AS_OF, '--format', 'json'], { today: TODAY })).stdout,
      ) as { axes: { id: string; commitments: number; done: number; late: number; progress: number | null }[] };
      const line = json.conventions.find((convention) => convention.id === id)!;
      expect(line.ok, `${id}: ${line.problem?.message}`).toBe(true);
      expect(
        line.axes!.map(({ id: axis, commitments, done, late, progress }) => ({
          axis,
          commitments,
          done,
          late,
          progress,
        })),
        id,
      ).toEqual(
        report.axes.map(({ id: axis, commitments, done, late, progress }) => ({
          axis,
          commitments,
          done,
          late,
          progress,
        })),
      );
      expect(line.commitments, id).toBe(report.axes.reduce((sum, axis) => sum + axis.commitments, 0));
      expect(line.late, id).toBe(report.axes.reduce((sum, axis) => sum + axis.late, 0));
    }
    expect(json.conventions.find((convention) => convention.id === 'http')!.site).toBe(`${origin}/postponements/`);
    expect(json.total.conventions).toBe(6);
    // Money: the sum, in cents, of each budgeted convention's own report (the money fixture's read back from its package).
    const expected = { currency: 'EUR', conventions: 0, cost: 0, planned: 0, committed: 0, paid: 0 };
    for (const folder of Object.values(sources)) {
      const total = JSON.parse(
        (await runMain(['report', '--dir', folder, '--as-of', AS_OF, '--format', 'json'], { today: TODAY })).stdout,
      ).funding?.total;
      if (!total || (total.cost === null && total.planned === 0)) continue;
      expected.conventions += 1;
      for (const key of ['cost', 'planned', 'committed', 'paid'] as const)
        expected[key] = Math.round(expected[key] * 100 + (total[key] ?? 0) * 100) / 100;
    }
    expect(expected.conventions).toBeGreaterThanOrEqual(1);
    expect(json.money).toEqual([expected]);
    expect(json.total.commitments).toBe(
      json.conventions.reduce((sum, convention) => sum + (convention.commitments ?? 0), 0),
    );
  });

  test('the invalid convention is one problem line, named, and counts nowhere', () => {
    const broken = json.conventions.find((convention) => convention.id === 'broken')!;
    expect(broken.ok).toBe(false);
    expect(broken.problem!.code).toBe('source/invalid-roadmap');
    expect(broken.problem!.message).toMatch(/reglement\.md/);
    expect(json.conventions.filter((convention) => !convention.ok).map((convention) => convention.id)).toEqual([
      'broken',
    ]);
  });

  test('roll-ups per axis title, partner kind and territory; quiet conventions listed', () => {
    const territories = Object.fromEntries(json.territories.map((row) => [row.territory ?? '', row.conventions]));
    expect(territories['Val-de-Marne']).toBe(2);
    for (const row of json.axisTitles) expect(row.conventions).toBeGreaterThanOrEqual(1);
    expect(json.axisTitles.reduce((sum, row) => sum + row.commitments, 0)).toBe(json.total.commitments);
    expect(json.partnerKinds.map((row) => row.kind)).toContain('cci');
    // The base fixture's last committee was in 2018.
    expect(json.stale.conventions.map((row) => row.id)).toContain('base');
  });

  test('the portfolio’s data package passes Frictionless and SQLite; its site passes html-validate and asks nothing of other hosts', async () => {
    const data = join(out, 'data');
    const report = await frictionlessCheck(data);
    expect(report.descriptorErrors).toEqual([]);
    expect(report.rowErrors).toEqual({});
    expect(report.rows.conventions!.length).toBe(7);
    expect(report.rows.money!.length).toBe(1);
    const loaded = sqliteLoad(data, join(work, 'portfolio.db'));
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);

    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const pages = ['index.html', ...readdirSync(join(out, 'site', 'conventions')).map((name) => `conventions/${name}`)];
    expect(pages).toHaveLength(7);
    for (const page of pages) {
      const html = readFileSync(join(out, 'site', page), 'utf8');
      const validation = await validator.validateString(html, page);
      expect(
        validation.results.flatMap((result) =>
          result.messages.map((message) => `${page}: ${message.ruleId} ${message.message}`),
        ),
      ).toEqual([]);
      // Only the convention's own site is a link elsewhere; nothing is loaded from anywhere.
      expect(html).not.toMatch(/<(?:script|img|link|iframe)[^>]+(?:src|href)="https?:/);
    }
    expect(readFileSync(join(out, 'site', 'conventions', 'http.html'), 'utf8')).toContain(
      `href="${origin}/postponements/"`,
    );
    expect(readFileSync(join(out, 'portfolio.md'), 'utf8')).toMatch(/^<!-- generated by roadmap portfolio/);
  });
});

describe('writing', () => {
  test('--dry-run lists the files and writes nothing; a folder holding files not ours is refused; a rerun replaces its own', async () => {
    const path = portfolioFile('writes', [{ id: 'base', source: FOLDERS.base }]);
    const out = join(work, 'writes-out');
    const dry = await runMain(['portfolio', path, '--out', out, '--as-of', AS_OF, '--dry-run', '--lang', 'en'], {
      today: TODAY,
    });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/Would write: .*site\/conventions\/base\.html/);
    expect(existsSync(out)).toBe(false);
    expect((await runMain(['portfolio', path, '--out', out, '--as-of', AS_OF], { today: TODAY })).code).toBe(0);
    expect(
      (await runMain(['portfolio', path, '--out', out, '--as-of', '2026-11-26'], { today: '2026-11-26' })).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'portfolio.json'), 'utf8')).asOf).toBe('2026-11-26');

    const other = join(work, 'not-ours');
    mkdirSync(join(other, 'site'), { recursive: true });
    writeFileSync(join(other, 'site', 'index.html'), '<p>somebody’s page</p>');
    const refused = await runMain(['portfolio', path, '--out', other, '--as-of', AS_OF, '--lang', 'en'], {
      today: TODAY,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not made by roadmap/);
    expect(readFileSync(join(other, 'site', 'index.html'), 'utf8')).toBe('<p>somebody’s page</p>');
    expect(existsSync(join(other, 'portfolio.md'))).toBe(false);
  });
});

const workbookSkip = readersSkip(['openpyxl', 'odf']);

/** Each sheet's name and rows as openpyxl reads them (dates as YYYY-MM-DD), and each cell's type. */
const OPENPYXL_SHEETS = `
import json, sys, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{'name': ws.title,
  'rows': [[(c.value.isoformat()[:10] if isinstance(c.value, datetime.datetime) else c.value) for c in row] for row in ws.iter_rows()],
  'types': [[c.data_type for c in row] for row in ws.iter_rows()]} for ws in wb.worksheets]))
`;

/** Each table's name and its rows' [value-type, value] as odfpy reads them. */
const ODFPY_TABLES = `
import json, sys
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf.namespaces import OFFICENS
doc = load(sys.argv[1])
print(json.dumps([{'name': t.getAttribute('name'), 'rows': [[[c.attributes.get((OFFICENS, 'value-type')), c.attributes.get((OFFICENS, 'value')), str(c)]
  for c in r.getElementsByType(TableCell)] for r in t.getElementsByType(TableRow)]} for t in doc.spreadsheet.getElementsByType(Table)]))
`;

describe.skipIf(workbookSkip !== undefined)(
  `the report as a workbook, read by openpyxl and odfpy${workbookSkip ? ` (skipped: ${workbookSkip})` : ''}`,
  () => {
    test('--format xlsx|ods writes portfolio.xlsx|ods under --out, one sheet per view, numbers as numbers', async () => {
      const path = portfolioFile('book', [
        { id: 'base', source: FOLDERS.base, territory: 'Val-de-Marne' },
        { id: 'money', source: FOLDERS.money },
        { id: 'gone', source: join(work, 'nowhere') },
      ]);
      const base = ['portfolio', path, '--as-of', AS_OF, '--lang', 'en'];
      const reference = await runMain([...base, '--out', join(work, 'book-json'), '--format', 'json'], {
        today: TODAY,
      });
      expect(reference.code, reference.stderr).toBe(0);
      const json = JSON.parse(reference.stdout) as PortfolioJson;

      const xlsxOut = join(work, 'book-xlsx');
      const xlsx = await runMain([...base, '--out', xlsxOut, '--format', 'xlsx'], { today: TODAY });
      expect(xlsx.code, xlsx.stderr).toBe(0);
      // A workbook is never printed: standard output stays empty, the file is said on standard error.
      expect(xlsx.stdout).toBe('');
      expect(xlsx.stderr).toMatch(/Wrote: .*portfolio\.xlsx/);
      const sheets = python<{ name: string; rows: unknown[][]; types: string[][] }[]>(
        OPENPYXL_SHEETS,
        join(xlsxOut, 'portfolio.xlsx'),
      );
      expect(sheets.map((sheet) => sheet.name)).toEqual([
        'Conventions',
        expect.stringMatching(/^Per axis/),
        expect.stringMatching(/^Per partner kind/),
        'Per territory',
        'Funding',
        expect.stringMatching(/^Conventions with no news/),
        'Sources with problems',
      ]);
      const [conventions] = sheets;
      const header = conventions!.rows[0] as string[];
      for (const id of ['base', 'money']) {
        const index = conventions!.rows.findIndex((row) => row[0] === id);
        const row = conventions!.rows[index]!;
        const line = json.conventions.find((convention) => convention.id === id)!;
        expect(row[header.indexOf('Commitments')], id).toBe(line.commitments);
        expect(row[header.indexOf('Late')], id).toBe(line.late);
        // The JSON says a percentage to one decimal; the cell holds the fraction, shown as a percentage.
        expect(row[header.indexOf('Progress')], id).toBeCloseTo(line.progress! / 100, 3);
        expect(row[header.indexOf('Last update')], id).toBe(line.lastUpdate);
        expect(conventions!.types[index]![header.indexOf('Commitments')], id).toBe('n');
        expect(conventions!.types[index]![header.indexOf('Last update')], id).toBe('d');
      }
      const funding = sheets.find((sheet) => sheet.name === 'Funding')!;
      expect(funding.rows[1]!.slice(0, 6)).toEqual(
        ['currency', 'conventions', 'cost', 'planned', 'committed', 'paid'].map(
          (key) => json.money[0]![key as keyof PortfolioJson['money'][number]],
        ),
      );
      expect(sheets.at(-1)!.rows.map((row) => row[0])).toEqual(['Id', 'gone']);

      const odsOut = join(work, 'book-ods');
      const ods = await runMain([...base, '--out', odsOut, '--format', 'ods'], { today: TODAY });
      expect(ods.code, ods.stderr).toBe(0);
      expect(ods.stdout).toBe('');
      const tables = python<{ name: string; rows: [string | null, string | null, string][][] }[]>(
        ODFPY_TABLES,
        join(odsOut, 'portfolio.ods'),
      );
      expect(tables.map((table) => table.name)).toEqual(sheets.map((sheet) => sheet.name));
      const money = tables[0]!.rows.find((row) => row[0]![2] === 'money')!;
      expect(money[header.indexOf('Commitments')]!.slice(0, 2)).toEqual([
        'float',
        String(json.conventions.find((convention) => convention.id === 'money')!.commitments),
      ]);
      expect(existsSync(join(odsOut, 'portfolio.xlsx'))).toBe(false);
    }, 120_000);
  },
);

describe('through the real bin', () => {
  test('the same portfolio as in-process, worker threads and all', async () => {
    const path = portfolioFile('bin', [
      { id: 'bundled', source: FOLDERS.bundled },
      { id: 'base', source: FOLDERS.base },
    ]);
    const args = ['portfolio', path, '--out', join(work, 'bin-out'), '--as-of', AS_OF, '--format', 'json'];
    const bin = runBin(args);
    expect(bin.code, bin.stderr).toBe(0);
    const inProcess = await runMain([...args.slice(0, 3), join(work, 'bin-out-2'), ...args.slice(4)], { today: TODAY });
    expect(JSON.parse(bin.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(JSON.parse(bin.stdout).conventions.map((line: { ok: boolean }) => line.ok)).toEqual([true, true]);
  });
});

describe('bad sources: each one problem line, never a crash or a hang', () => {
  test('a descriptor that lies about its columns, a CSV of a million rows, a redirect loop, a silent server, a commit that does not exist', async () => {
    const liar = await exported(FOLDERS.base, 'liar');
    const descriptor = JSON.parse(readFileSync(join(liar, 'datapackage.json'), 'utf8'));
    const commitments = descriptor.resources.find((resource: { name: string }) => resource.name === 'commitments');
    commitments.schema.fields[1].name = 'headline';
    writeFileSync(join(liar, 'datapackage.json'), JSON.stringify(descriptor));

    const huge = await exported(FOLDERS.base, 'huge');
    const header = readFileSync(join(huge, 'journal.csv'), 'utf8').split('\r\n')[0];
    writeFileSync(
      join(huge, 'journal.csv'),
      `${header}\r\n${'guichet-unique,1,2019-01-01,x,,,,,\r\n'.repeat(1_000_000)}`,
    );

    const repo = new GitRepo(join(work, 'bad-repo'));
    cpSync(FOLDERS.base, join(repo.top, 'roadmap'), { recursive: true });
    repo.commit('roadmap');
    mkdirSync(join(work, 'empty'), { recursive: true });
    const good = await exported(FOLDERS.base, 'good');

    const path = portfolioFile('bad', [
      { id: 'liar', source: liar },
      { id: 'huge', source: huge },
      { id: 'loop', source: `${origin}/loop/datapackage.json` },
      { id: 'silent', source: `${origin}/silent/data/datapackage.json` },
      { id: 'no-commit', source: `${repo.top}#${'0'.repeat(40)}` },
      { id: 'not-a-pin', source: `${repo.top}#main` },
      { id: 'missing', source: join(work, 'nowhere') },
      { id: 'empty', source: join(work, 'empty') },
      { id: 'good', source: good },
    ]);
    const started = Date.now();
    const result = await runMain(
      [
        'portfolio',
        path,
        '--out',
        join(work, 'bad-out'),
        '--as-of',
        AS_OF,
        '--timeout',
        '2',
        '--format',
        'json',
        '--lang',
        'en',
      ],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const json = JSON.parse(result.stdout) as PortfolioJson;
    const problems = Object.fromEntries(
      json.conventions.filter((line) => !line.ok).map((line) => [line.id, line.problem!.code]),
    );
    expect(problems).toEqual({
      liar: 'package/columns',
      huge: 'package/too-many-rows',
      loop: 'http/redirects',
      silent: 'http/timeout',
      'no-commit': 'git/unknown-commit',
      'not-a-pin': 'git/address',
      missing: 'source/missing',
      empty: 'source/not-a-roadmap',
    });
    expect(json.conventions.find((line) => line.id === 'good')!.ok).toBe(true);
    // One line each in the table's problems, in the portfolio's language.
    const markdown = readFileSync(join(work, 'bad-out', 'portfolio.md'), 'utf8');
    for (const id of Object.keys(problems))
      expect(markdown.split('\n').filter((line) => line.startsWith(`| ${id} `))).toHaveLength(1);
  }, 120_000);

  test('a portfolio file with mistakes is refused with each one named, and nothing is fetched or written', async () => {
    const path = join(work, 'wrong.yaml');
    writeFileSync(
      path,
      'id: Not An Id\ntitle: T\nconventions:\n  - id: a\n  - id: a\n    source: x\n    colour: red\n',
    );
    const result = await runMain(['portfolio', path, '--out', join(work, 'wrong-out'), '--lang', 'en'], {
      today: TODAY,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/id must be a lowercase-kebab-case id/);
    expect(result.stderr).toMatch(/conventions\[1\]\.source is missing/);
    expect(result.stderr).toMatch(/conventions\[2\]\.id is a duplicate/);
    expect(result.stderr).toMatch(/conventions\[2\]\.colour is not a known key/);
    expect(existsSync(join(work, 'wrong-out'))).toBe(false);
  });
});
