/**
 * The portfolio over hostile input: every case of the hostile catalogue as a
 * source (its folder, and the package `export` makes of it when it makes
 * one), then hostile data packages — a resource path that leaves the folder,
 * `__proto__`, a descriptor that is a list or too large, a broken CSV, a
 * number past the largest, control characters, markup and formulas in text,
 * dangling and duplicate keys — and a hostile portfolio file. Each source is
 * counted or is one problem line; nothing crashes, hangs, or reaches the
 * terminal, the site or a CSV as live markup, escape or formula.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCase, type BuiltCase } from './fixtures/hostile/buildCase.js';
import { HOSTILE_CASES } from './fixtures/hostile/cases.js';
import { buildBin } from './helpers/buildBin.js';
import { assertNoCrash, FIXTURES, runMain, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-25';
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u001b\u009b\u202a-\u202e\u2066-\u2069]/;
const LIVE_FORMULA = /(^|[,;\t])"?(=HYPERLINK|\+cmd|=cmd)/m;

let work: string;
let cleanup: () => void;
beforeAll(() => {
  // The worker threads run the compiled code.
  buildBin();
  ({ dir: work, cleanup } = tempDir('hostile-portfolio-'));
}, 300_000);
afterAll(() => cleanup());

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((path) => statSync(path).isFile());
}

function writePortfolio(name: string, sources: { id: string; source: string; site?: string }[]): string {
  const path = join(work, `${name}.yaml`);
  const lines = [`id: ${name}`, 'title: "<script>alert(1)</script> =HYPERLINK(\\"x\\")"', 'conventions:'];
  for (const { id, source, site } of sources) {
    lines.push(`  - id: ${id}`, `    source: ${JSON.stringify(source)}`);
    if (site) lines.push(`    site: ${JSON.stringify(site)}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface Line {
  id: string;
  ok: boolean;
  problem?: { code: string; message: string };
}

async function runPortfolio(path: string, out: string): Promise<Line[]> {
  const table = await runMain(['portfolio', path, '--out', out, '--as-of', AS_OF, '--timeout', '5', '--lang', 'en'], {
    today: AS_OF,
  });
  assertNoCrash(table);
  expect(table.code, table.stderr).toBe(0);
  expect(table.stdout + table.stderr).not.toMatch(TERMINAL_UNSAFE);
  const json = await runMain(
    ['portfolio', path, '--out', out, '--as-of', AS_OF, '--timeout', '5', '--format', 'json'],
    { today: AS_OF },
  );
  expect(json.code, json.stderr).toBe(0);
  const html = filesUnder(join(out, 'site'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:/i);
  const csv = filesUnder(out)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  expect(csv).not.toMatch(LIVE_FORMULA);
  const lines = (JSON.parse(json.stdout) as { conventions: Line[] }).conventions;
  for (const line of lines) {
    expect(
      line.ok ||
        (line.problem !== undefined && line.problem.message.length < 700 && !line.problem.message.includes('\n')),
      `${line.id}: ${JSON.stringify(line.problem)}`,
    ).toBe(true);
  }
  return lines;
}

describe('every case of the hostile catalogue as a portfolio source', () => {
  const built: BuiltCase[] = [];
  afterAll(() => {
    for (const one of built) one.cleanup();
  });

  test('its folder and its package: each counted or one problem line', async () => {
    const sources: { id: string; source: string }[] = [];
    for (const [index, hostile] of HOSTILE_CASES.filter((c) => c.skip === undefined).entries()) {
      const one = buildCase(hostile);
      built.push(one);
      sources.push({ id: `case-${index + 1}`, source: one.root });
      if (hostile.heavy) continue;
      const out = join(one.dir, 'package');
      const exported = await runMain(
        ['export', '--dir', one.root, '--format', 'datapackage', '--out', out, '--as-of', AS_OF],
        { today: AS_OF, cwd: one.dir },
      );
      assertNoCrash(exported);
      expect(exported.stdout + exported.stderr).not.toMatch(TERMINAL_UNSAFE);
      const csv = filesUnder(out)
        .filter((file) => file.endsWith('.csv'))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      expect(csv, hostile.name).not.toMatch(LIVE_FORMULA);
      if (exported.code === 0) sources.push({ id: `package-${index + 1}`, source: out });
    }
    const lines = await runPortfolio(writePortfolio('catalogue', sources), join(work, 'catalogue-out'));
    expect(lines).toHaveLength(sources.length);
    // The packages of valid cases read back: what export writes, the portfolio reads.
    for (const line of lines.filter((each) => each.id.startsWith('package-')))
      expect(line.ok, `${line.id}: ${line.problem?.message}`).toBe(true);
  }, 300_000);
});

describe('hostile data packages', () => {
  test('each is one problem line with its code, or counted with its text made harmless', async () => {
    const base = join(work, 'base-package');
    const exported = await runMain(
      [
        'export',
        '--dir',
        join(FIXTURES, 'base', 'roadmap'),
        '--format',
        'datapackage',
        '--out',
        base,
        '--as-of',
        AS_OF,
      ],
      { today: AS_OF },
    );
    expect(exported.code).toBe(0);
    const descriptor = readFileSync(join(base, 'datapackage.json'), 'utf8');
    const csv = (table: string) => readFileSync(join(base, `${table}.csv`), 'utf8');
    const variant = (name: string, files: Record<string, string>): string => {
      const dir = join(work, 'variants', name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(base))
        writeFileSync(join(dir, file), files[file] ?? readFileSync(join(base, file)));
      return dir;
    };
    const withDescriptor = (edit: (parsed: { resources: { name: string; path: string }[] }) => unknown) => {
      const parsed = JSON.parse(descriptor);
      return JSON.stringify(edit(parsed) ?? parsed);
    };
    const replaceTitle = (title: string) => csv('commitments').replace('Guichet unique des créateurs', title);
    const cases: { name: string; files: Record<string, string>; expected: string | 'ok' }[] = [
      {
        name: 'path-leaves',
        files: {
          'datapackage.json': withDescriptor(
            (d) => void (d.resources.find((r) => r.name === 'commitments')!.path = '../../../../etc/passwd'),
          ),
        },
        expected: 'package/missing-table',
      },
      {
        name: 'proto',
        files: {
          'datapackage.json': descriptor.replace(
            '{',
            '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
          ),
        },
        expected: 'ok',
      },
      { name: 'list', files: { 'datapackage.json': '[1, 2, 3]' }, expected: 'package/descriptor' },
      { name: 'not-json', files: { 'datapackage.json': '{"resources": [' }, expected: 'package/descriptor' },
      {
        name: 'huge-descriptor',
        files: { 'datapackage.json': `${descriptor.slice(0, -2)}, "x-pad": "${'x'.repeat(2 * 1024 * 1024)}"}` },
        expected: 'package/too-large',
      },
      {
        name: 'unterminated',
        files: { 'commitments.csv': `${csv('commitments')}"never closed,` },
        expected: 'package/csv',
      },
      { name: 'ragged', files: { 'commitments.csv': `${csv('commitments')}only,two\r\n` }, expected: 'package/csv' },
      {
        name: 'infinite',
        files: { 'commitments.csv': csv('commitments').replace(/,1,,/, ',1e999,,') },
        expected: 'package/cell',
      },
      // A roadmap's YAML may hold control characters too ("\0", "\e"): they are read, and each output neutralises them.
      { name: 'nul', files: { 'commitments.csv': replaceTitle('Guichet\u0000unique\u001b[2J') }, expected: 'ok' },
      {
        name: 'dangling',
        files: { 'commitments.csv': csv('commitments').replace(',createurs,', ',nowhere,') },
        expected: 'package/foreign-key',
      },
      {
        name: 'duplicate',
        files: { 'axes.csv': `${csv('axes')}${csv('axes').split('\r\n')[1]}\r\n` },
        expected: 'package/duplicate-key',
      },
      {
        name: 'bad-id',
        files: { 'commitments.csv': csv('commitments').replace('guichet-unique,', 'Guichet Unique,') },
        expected: 'package/cell',
      },
      {
        name: 'markup',
        files: {
          'commitments.csv': replaceTitle('<script>alert(1)</script><img src=x onerror=alert(1)>'),
          'convention.csv': csv('convention').replace('Convention de test', '<script>alert(1)</script>'),
        },
        expected: 'ok',
      },
      {
        name: 'formula-and-escapes',
        files: {
          'convention.csv': csv('convention')
            .replace('Convention de test', '"=HYPERLINK(""http://evil"")\u001b[31m\u202e"')
            .replace(/"""=/, '"='),
        },
        expected: 'ok',
      },
    ];
    const sources = cases.map((each) => ({
      id: each.name,
      source: variant(each.name, each.files),
      site: each.name === 'markup' ? 'javascript:alert(1)' : undefined,
    }));
    const lines = await runPortfolio(writePortfolio('packages', sources), join(work, 'packages-out'));
    const outcome = Object.fromEntries(lines.map((line) => [line.id, line.ok ? 'ok' : line.problem!.code]));
    expect(outcome).toEqual(Object.fromEntries(cases.map((each) => [each.name, each.expected])));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});

describe('the cache', () => {
  test('is a folder roadmap tags as its own; one of somebody else’s is refused, nothing in it deleted', async () => {
    const path = writePortfolio('cached', [{ id: 'absent', source: join(work, 'nowhere') }]);
    const fresh = await runMain(['portfolio', path, '--out', join(work, 'cached-out'), '--as-of', AS_OF], {
      today: AS_OF,
    });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readFileSync(join(work, '.roadmap-cache', 'CACHEDIR.TAG'), 'utf8')).toMatch(
      /^Signature: 8a477f597d28d172789f06886806bc55\n/,
    );

    const home = join(work, 'home');
    mkdirSync(join(home, 'http', 'absent'), { recursive: true });
    writeFileSync(join(home, 'http', 'absent', 'notes.txt'), 'mine');
    const refused = await runMain(
      ['portfolio', path, '--out', join(work, 'cached-out'), '--as-of', AS_OF, '--cache', home, '--lang', 'en'],
      { today: AS_OF },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not roadmap's cache (it has no CACHEDIR.TAG) and is not empty");
    expect(readFileSync(join(home, 'http', 'absent', 'notes.txt'), 'utf8')).toBe('mine');
  });
});
