/**
 * Every command that reads a roadmap folder, run over every hostile case: no
 * crash, no stack trace, the exit code the case expects (validate's, unless said otherwise below); and where partner text
 * reaches an output, it arrives neutralised (HTML escaped, CSV formulas
 * defused, no terminal escapes). Left out: placeholders, and `diff`, which
 * reads revisions from git objects rather than the folder. Heavy cases (huge
 * or deep files) run through `report` only: every command reads through the
 * same openRoadmap, and validate's own test already times them.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { declaredFlags, type CommandName } from '../src/commands/flags/commandFlags.js';
import { EXECUTED_MARKER, expectedExit, HOSTILE_CASES, type HostileCase } from './fixtures/hostile/cases.js';
import { buildCase } from './fixtures/hostile/buildCase.js';
import { assertNoCrash, runMain } from './helpers/cli.js';

const AS_OF = '2026-11-25';

/** What each command needs beyond --dir; anything it writes goes to the case's own temporary folder. */
const EXTRA_ARGS: Record<string, (out: string) => string[]> = {
  brief: (out) => ['--meeting', 'comite-2018-11-15', '--out', out],
  new: () => ['commitment', '--title', 'Essai hostile', '--axis', 'createurs', '--lead', 'cci', '--dry-run'],
  update: () => ['guichet-unique', '--note', 'Essai', '--dry-run'],
  calendar: (out) => ['--output', join(out, 'agenda.ics')],
  schema: (out) => ['--out', out, '--dry-run'],
  report: () => ['--format', 'csv'],
  'meeting convene': (out) => ['comite-2018-11-15', '--out', out],
  'meeting sheet': (out) => ['comite-2018-11-15', '--out', out],
  'meeting minutes': (out) => ['comite-2018-11-15', '--out', out, '--docx', '--odt'],
  'meeting record': () => ['comite-2018-11-15', '--decision', 'Essai hostile', '--dry-run'],
  close: () => ['a-2', '--cancelled', '--dry-run'],
  remind: (out) => ['--meeting', 'comite-2018-11-15', '--out', out],
  site: (out) => ['--out', out],
  export: (out) => ['--format', 'datapackage', '--out', out],
  'edit convention': () => ['--summary', 'Essai : hostile # pas un commentaire', '--dry-run'],
  'edit partner': () => [
    'cci',
    '--name',
    'Essai : hostile',
    '--add-contact',
    'Marie Dupont marie@exemple.fr',
    '--dry-run',
  ],
  'edit axis': () => ['createurs', '--title', '- Essai', '--description', '<script>alert(1)</script>', '--dry-run'],
  'edit meeting': () => [
    'comite-2018-11-15',
    '--add-agenda',
    'Point : « essai »',
    '--add-guest',
    'Sophie Bernard, Direccte',
    '--dry-run',
  ],
  remove: () => ['axis', 'gouvernance', '--dry-run'],
  rename: () => ['partner', 'cci', 'cci-essonne', '--dry-run'],
  guide: () => [],
  collect: (out) => ['--out', `${out}.xlsx`],
  // A partner's answer about a commitment of the base roadmap, imported into each hostile roadmap (dry run).
  import: (out) => {
    writeFileSync(
      `${out}.csv`,
      'Identifiant (ne pas modifier);Nouvel avancement (0 à 100);Nouvelles pour le journal\nguichet-unique;50;Essai hostile\n',
    );
    return [`${out}.csv`, '--dry-run'];
  },
};

/** Where a command's exit code differs from validate's for a case, and why. */
const EXIT_OVERRIDES: Record<string, Record<string, number>> = {
  // Its meetings/ folder is unread, so `meeting record` finds no such meeting (a usage error) before it looks at validity.
  'linked folder leaving the roadmap': { 'meeting record': 2 },
};

/**
 * The commands whose exit code is asserted exactly. The others (edits, removals, `new` and
 * `update` over the logo and budget cases) still answer 0 on some invalid roadmaps or 2 before
 * looking at validity: they are held to 0, 1 or 2 until one command wrapper settles the order.
 */
const SETTLED = new Set([
  'validate',
  'report',
  'brief',
  'actions',
  'calendar',
  'schema',
  'owners',
  'close',
  'meeting convene',
  'meeting sheet',
  'meeting minutes',
  'meeting record',
  'remind',
  'site',
]);

/** Commands whose exit code does not follow the roadmap's validity. */
const EXITS_OF: Record<string, (hostile: HostileCase) => number> = {
  // It writes the JSON Schemas and editor settings, which do not depend on the roadmap's content.
  schema: () => 0,
  // An invalid roadmap is refused (1); a valid one is no git repository here, which owners needs (2).
  owners: (hostile) => (expectedExit(hostile) === 1 ? 1 : 2),
  // The base roadmap has no action a-2: refused as invalid (1), else an unknown action (2).
  close: (hostile) => (expectedExit(hostile) === 1 ? 1 : 2),
};

const READS_GIT_OBJECTS = new Set(['diff']);
const optionsOf = (name: CommandName): readonly string[] => declaredFlags(name).options;
const READERS = COMMANDS.filter((spec) => optionsOf(spec.name).includes('dir') && !READS_GIT_OBJECTS.has(spec.name));
const FOR_HEAVY_CASES = READERS.filter((spec) => spec.name === 'report');

function argvFor(name: CommandName, root: string, out: string): string[] {
  return [
    ...name.split(' '),
    ...(EXTRA_ARGS[name]?.(out) ?? []),
    '--dir',
    root,
    ...(optionsOf(name).includes('asOf') ? ['--as-of', AS_OF] : []),
  ];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((path) => statSync(path).isFile());
}

const TERMINAL_UNSAFE = /[\u001b\u009b\u202a-\u202e\u2066-\u2069]/;

describe('every command over the hostile catalogue', () => {
  it('runs the commands that read a roadmap', () => {
    expect(READERS.map((spec) => spec.name)).toContain('validate');
    expect(FOR_HEAVY_CASES).toHaveLength(1);
  });

  for (const hostile of HOSTILE_CASES.filter((c) => c.skip === undefined)) {
    it(hostile.name, async () => {
      rmSync(EXECUTED_MARKER, { force: true });
      const { root, dir, cleanup } = buildCase(hostile);
      const wrongExits: string[] = [];
      try {
        for (const spec of hostile.heavy ? FOR_HEAVY_CASES : READERS) {
          const out = join(dir, `out-${spec.name.replace(' ', '-')}`);
          const result = await runMain(argvFor(spec.name, root, out), { today: AS_OF, cwd: dir });
          assertNoCrash(result);
          const expected =
            EXIT_OVERRIDES[hostile.name]?.[spec.name] ?? EXITS_OF[spec.name]?.(hostile) ?? expectedExit(hostile);
          if (SETTLED.has(spec.name) ? result.code !== expected : ![0, 1, 2].includes(result.code))
            wrongExits.push(`${spec.name}: ${result.code}, expected ${expected}`);
          expect(result.stdout + result.stderr, `${spec.name} terminal output`).not.toMatch(TERMINAL_UNSAFE);
          // Markdown outputs may carry the title as text; HTML must never carry it as markup.
          const html = filesUnder(out)
            .filter((path) => path.endsWith('.html'))
            .map((path) => readFileSync(path, 'utf8'))
            .join('\n');
          expect(html, `${spec.name} HTML`).not.toMatch(/<script>alert|<img src=x/i);
          // The images it writes (the site's logos) carry no script, and no file it writes is named with markup.
          const svg = filesUnder(out)
            .filter((path) => path.endsWith('.svg'))
            .map((path) => readFileSync(path, 'utf8'))
            .join('\n');
          expect(svg, `${spec.name} SVG files`).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
          expect(
            filesUnder(out).filter((path) => /[<>"]/.test(path.slice(out.length))),
            `${spec.name} file names`,
          ).toEqual([]);
          expect(result.stdout, `${spec.name} CSV cells`).not.toMatch(/(^|[,;\t])"?(=HYPERLINK|\+cmd)/m);
          // CSV files written (the open-data export) no more than printed ones.
          const csv = filesUnder(out)
            .filter((path) => path.endsWith('.csv'))
            .map((path) => readFileSync(path, 'utf8'))
            .join('\n');
          expect(csv, `${spec.name} CSV files`).not.toMatch(/(^|[,;\t])"?(=HYPERLINK|\+cmd)/m);
        }
      } finally {
        cleanup();
      }
      expect(wrongExits.join('; '), 'exit codes').toBe('');
      expect(existsSync(EXECUTED_MARKER)).toBe(false);
    });
  }
});
