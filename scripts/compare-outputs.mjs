#!/usr/bin/env node
/**
 * Runs every command's user-visible outputs into a folder, so that two builds
 * can be compared byte for byte (`diff -r`): a restructuring must not change
 * what anyone sees.
 *
 *   node scripts/compare-outputs.mjs <out-folder> [--dist <dist folder>] [--work <folder>] [--quick]
 *   diff -r /tmp/before /tmp/after
 *
 * The roadmaps (the bundled one, a broken copy, a generated 600-commitment
 * one, each in a git repository with two commits) are prepared once under
 * `--work` (default /tmp/roadmap-compare) and reused by every later run, so
 * commit ids and absolute paths are the same on both sides. Every case runs
 * in-process through `main(argv, io)` with a fixed clock and `--as-of`.
 * `--quick` leaves out the generated roadmap's site (the slowest case).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2026-11-25';
const NOW = new Date(`${AS_OF}T12:00:00Z`);

const argv = process.argv.slice(2);
const flag = (name) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
};
const out = argv[0] && !argv[0].startsWith('--') ? resolve(argv[0]) : undefined;
if (!out) {
  console.error('usage: node scripts/compare-outputs.mjs <out-folder> [--dist <dist>] [--work <folder>] [--quick]');
  process.exit(2);
}
const dist = resolve(flag('--dist') ?? join(ROOT, 'dist'));
const work = resolve(flag('--work') ?? '/tmp/roadmap-compare');
const quick = argv.includes('--quick');
const { main } = await import(pathToFileURL(join(dist, 'src', 'main.js')).href);

// ------------------------------------------------------------------ fixtures, prepared once

function git(cwd, ...args) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'compare',
    GIT_AUTHOR_EMAIL: 'compare@example.invalid',
    GIT_COMMITTER_NAME: 'compare',
    GIT_COMMITTER_EMAIL: 'compare@example.invalid',
    GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository holding `roadmap/` at two commits: `fill` writes the first, `change` the second. */
function repository(name, fill, change) {
  const repo = join(work, 'fixtures', name);
  if (existsSync(join(repo, '.git'))) return repo;
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  fill(join(repo, 'roadmap'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'first');
  change(join(repo, 'roadmap'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'second');
  return repo;
}

const generator = join(ROOT, 'dist', 'bench', 'generate.js');
const mutate = (dir) =>
  execFileSync(process.execPath, [generator, dir, '--mutate', '--fraction', '0.2', '--seed', '2'], { stdio: 'ignore' });

const bundled = repository('bundled', (dir) => cpSync(join(ROOT, 'roadmap'), dir, { recursive: true }), mutate);
const broken = repository(
  'broken',
  (dir) => cpSync(join(ROOT, 'test', 'fixtures', 'base', 'roadmap'), dir, { recursive: true }),
  (dir) => {
    for (const name of [
      'schema-enum',
      'ref-unknown-axis',
      'impossible-date',
      'journal-order',
      'id-duplicate',
      'date-order',
      'frontmatter-unterminated',
    ]) {
      const files = join(ROOT, 'test', 'fixtures', 'validate', name, 'files');
      if (existsSync(files)) cpSync(files, dir, { recursive: true });
    }
  },
);
const generated = repository(
  'gen600',
  (dir) =>
    execFileSync(process.execPath, [generator, dir, '--commitments', '600', '--meetings', '40', '--seed', '1'], {
      stdio: 'ignore',
    }),
  mutate,
);

// ------------------------------------------------------------------ running

mkdirSync(out, { recursive: true });
const scratch = join(work, 'scratch');
let count = 0;

/** Runs one case in `cwd`; what it printed, its exit code and every file left in `scratch` go to `<out>/<name>`. */
async function run(name, args, { cwd = bundled, isTTY = false, env = {}, copy } = {}) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const workdir = copy ? join(scratch, 'repo') : cwd;
  if (copy) cpSync(cwd, workdir, { recursive: true });
  let stdout = '';
  let stderr = '';
  const code = await main(
    args.map((arg) => arg.replaceAll('$SCRATCH', scratch)),
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      cwd: workdir,
      env: Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.replaceAll('$SCRATCH', scratch)])),
      isTTY,
      now: () => NOW,
    },
  );
  const target = join(out, name);
  mkdirSync(target, { recursive: true });
  writeFileSync(
    join(target, 'run.txt'),
    `$ roadmap ${args.join(' ')}\nexit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
  );
  const left = readdirSync(scratch);
  if (left.length > 0)
    cpSync(scratch, join(target, 'files'), { recursive: true, filter: (path) => !/\/\.git(\/|$)/.test(path) });
  count++;
}

const asOf = ['--as-of', AS_OF];

// Help and usage errors, in both languages.
const { COMMANDS } = await import(pathToFileURL(join(dist, 'src', 'cli', 'commands.js')).href);
for (const lang of ['fr', 'en']) {
  await run(`help-${lang}/program`, ['--help', '--lang', lang]);
  await run(`help-${lang}/help-command`, ['help', '--lang', lang]);
  await run(`help-${lang}/meeting`, ['meeting', '--help', '--lang', lang]);
  for (const spec of COMMANDS)
    await run(`help-${lang}/${spec.name.replace(' ', '-')}`, [...spec.name.split(' '), '--help', '--lang', lang]);
  const errors = {
    'no-arguments': [],
    'unknown-command': ['valider'],
    'unknown-command-far': ['zzz'],
    'unknown-option': ['report', '--formt', 'json'],
    'missing-argument': ['update'],
    'excess-arguments': ['report', 'extra'],
    'option-missing-argument': ['report', '--format'],
    'bad-format': ['report', '--format', 'jsn'],
    'bad-as-of': ['report', '--as-of', '2026-02-30'],
    'bad-by': ['report', '--by', 'axs'],
    'bad-axis': ['report', '--axis', 'nope'],
    'ambiguous-partner': ['report', '--partner', 'cma'],
    'bad-status': ['actions', '--status', 'opn'],
    'bad-owner': ['actions', '--owner', 'zz'],
    'bad-dir': ['report', '--dir', 'missing-folder'],
    'bad-meeting': ['brief', '--meeting', 'nope', '--dry-run'],
    'bad-due': ['update', 'tableau-de-bord-partage', '--due', '2027-02-30', '--dry-run'],
    'bad-on': ['close', 'a-2026-06-01', '--on', '26-01-01', '--dry-run'],
    'future-on': ['update', 'tableau-de-bord-partage', '--progress', '50', '--on', '2030-01-01', '--dry-run'],
    'bad-new-kind': ['new', 'thing'],
    'bad-new-date': ['new', 'commitment', '--title', 'X', '--start', '2026-13-01', '--dry-run'],
    'bad-diff-rev': ['diff', 'no-such-rev'],
    'bad-progress': ['update', 'tableau-de-bord-partage', '--progress', 'lots', '--dry-run'],
    'bad-explain': ['explain', 'no-such-rule'],
  };
  for (const [name, args] of Object.entries(errors))
    await run(`usage-${lang}/${name}`, [...args, ...(args.length ? ['--lang', lang] : [])]);
}
await run('usage-fr/bad-lang', ['report', '--lang', 'de']);
await run('usage-fr/version', ['--version']);

// Read-only commands on the bundled and the generated roadmap.
for (const [label, cwd] of [
  ['bundled', bundled],
  ['gen600', generated],
]) {
  const at = (name) => `${label}/${name}`;
  for (const format of ['table', 'markdown', 'json', 'csv']) {
    for (const by of ['all', 'axis', 'partner', 'indicator', 'commitment', 'funding'])
      await run(at(`report-${format}-${by}`), ['report', ...asOf, '--format', format, '--by', by], { cwd });
    await run(at(`actions-${format}`), ['actions', ...asOf, '--format', format], { cwd });
  }
  await run(at('report-table-tty'), ['report', ...asOf], { cwd, isTTY: true });
  await run(at('report-en'), ['report', ...asOf, '--lang', 'en'], { cwd });
  await run(at('actions-open-overdue'), ['actions', ...asOf, '--status', 'open', '--overdue'], { cwd });
  await run(at('actions-ouverte'), ['actions', ...asOf, '--status', 'ouverte', '--format', 'markdown'], { cwd });
  for (const format of ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown', 'sarif'])
    await run(at(`validate-${format}`), ['validate', ...asOf, '--format', format], { cwd });
  await run(at('validate-strict'), ['validate', ...asOf, '--strict'], { cwd });
  await run(at('validate-changed-since'), ['validate', ...asOf, '--changed-since', 'HEAD~1'], { cwd });
  await run(at('validate-step-summary'), ['validate', ...asOf, '--format', 'github'], {
    cwd,
    env: { GITHUB_STEP_SUMMARY: '$SCRATCH/summary.md' },
  });
  await run(at('brief'), ['brief', ...asOf, '--out', '$SCRATCH/briefs'], { cwd });
  await run(at('brief-en'), ['brief', ...asOf, '--lang', 'en', '--out', '$SCRATCH/briefs'], { cwd });
  await run(at('brief-dry-run'), ['brief', ...asOf, '--out', '$SCRATCH/briefs', '--dry-run'], { cwd });
  await run(at('brief-since'), ['brief', ...asOf, '--since', 'HEAD~1', '--out', '$SCRATCH/briefs'], { cwd });
  await run(at('calendar'), ['calendar'], { cwd });
  await run(at('calendar-output'), ['calendar', '--output', '$SCRATCH/agenda.ics'], { cwd });
  await run(at('remind'), ['remind', ...asOf, '--out', '$SCRATCH/briefs'], { cwd });
  await run(at('remind-dry-run'), ['remind', ...asOf, '--out', '$SCRATCH/briefs', '--dry-run'], { cwd });
  for (const format of ['text', 'markdown', 'json']) {
    await run(at(`owners-${format}`), ['owners', '--format', format], { cwd });
    await run(at(`owners-changed-${format}`), ['owners', '--changed-since', 'HEAD~1', '--format', format], { cwd });
    await run(
      at(`diff-${format === 'text' ? 'pretty' : format}`),
      ['diff', 'HEAD~1', 'HEAD', ...asOf, '--format', format === 'text' ? 'pretty' : format],
      { cwd },
    );
  }
  await run(at('owners-write-dry-run'), ['owners', '--write', '--dry-run'], { cwd });
  await run(at('diff-working-tree'), ['diff', 'HEAD~1', ...asOf], { cwd });
  if (label === 'bundled' || !quick)
    await run(at('site'), ['site', ...asOf, '--out', '$SCRATCH/public', '--base-url', 'https://example.org/roadmap/'], {
      cwd,
    });
  await run(at('site-dry-run'), ['site', ...asOf, '--out', '$SCRATCH/public', '--dry-run'], { cwd });
}

// Office documents and workbooks, the data package and the portfolio, on the bundled roadmap.
for (const format of ['xlsx', 'ods'])
  await run(`office/report-${format}`, ['report', ...asOf, '--format', format, '--out', `$SCRATCH/report.${format}`]);
await run('office/brief-docx-odt', ['brief', ...asOf, '--out', '$SCRATCH/briefs', '--docx', '--odt']);
await run('office/convene-docx', [
  'meeting',
  'convene',
  'comite-territorial-2026-12-10',
  ...asOf,
  '--out',
  '$SCRATCH/briefs',
  '--docx',
]);
await run('office/collect', ['collect', ...asOf, '--out', '$SCRATCH/collect.xlsx']);
await run('office/collect-ods', ['collect', ...asOf, '--partner', 'cci-essonne', '--out', '$SCRATCH/collect.ods']);
// A collect workbook, made once (both sides import the same file) and returned as it was sent.
const collected = join(work, 'fixtures', 'collected.xlsx');
if (!existsSync(collected))
  await main(['collect', ...asOf, '--out', collected], {
    stdout: () => {},
    stderr: () => {},
    cwd: bundled,
    env: {},
    isTTY: false,
    now: () => NOW,
  });
await run('office/import-dry-run', ['import', collected, '--on', AS_OF, '--dry-run'], { copy: true });
await run('office/import', ['import', collected, '--on', AS_OF], { copy: true });
await run('data/export', ['export', ...asOf, '--out', '$SCRATCH/data']);
const portfolio = join(work, 'fixtures', 'portfolio.yaml');
if (!existsSync(portfolio))
  writeFileSync(
    portfolio,
    `id: comparaison\ntitle: Portefeuille de comparaison\nconventions:\n  - id: grand-orly\n    source: ${bundled}\n  - id: base\n    source: ${join(work, 'fixtures', 'broken')}\n`,
  );
for (const format of ['table', 'markdown', 'json', 'csv', 'xlsx'])
  await run(`data/portfolio-${format}`, [
    'portfolio',
    portfolio,
    ...asOf,
    '--format',
    format,
    '--out',
    '$SCRATCH/portfolio',
  ]);

// Meeting documents: a held meeting and a planned one, and the refusals.
for (const meeting of ['comite-territorial-2026-06-18', 'comite-territorial-2026-12-10', 'signature-2018-06-25']) {
  for (const document of ['convene', 'sheet', 'minutes'])
    await run(`meeting/${document}-${meeting}`, ['meeting', document, meeting, ...asOf, '--out', '$SCRATCH/briefs']);
}
await run('meeting/convene-per-member', [
  'meeting',
  'convene',
  'comite-territorial-2026-12-10',
  ...asOf,
  '--on',
  '2026-11-20',
  '--per-member',
  '--out',
  '$SCRATCH/briefs',
]);
await run('meeting/convene-unknown', ['meeting', 'convene', 'comite-territorial-2026-12-11', ...asOf]);
await run('meeting/brief-meeting', [
  'brief',
  ...asOf,
  '--meeting',
  'comite-territorial-2026-06-18',
  '--out',
  '$SCRATCH/briefs',
]);

// A broken roadmap: validate in every format, and every other command refusing it.
for (const format of ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown', 'sarif'])
  await run(`broken/validate-${format}`, ['validate', ...asOf, '--format', format], { cwd: broken });
await run('broken/validate-en', ['validate', ...asOf, '--lang', 'en'], { cwd: broken });
for (const args of [
  ['report'],
  ['actions'],
  ['brief', '--dry-run'],
  ['calendar'],
  ['remind', '--dry-run'],
  ['owners'],
  ['site', '--dry-run'],
  ['meeting', 'convene', 'comite-territorial-2026-12-10', '--dry-run'],
  ['diff', 'HEAD~1'],
]) {
  await run(`broken/${args.slice(0, 2).join('-')}`, [...args, ...asOf], { cwd: broken });
}

// Explain.
await run('explain/list', ['explain']);
await run('explain/list-en', ['explain', '--lang', 'en']);
await run('explain/rule', ['explain', 'ref/unknown-axis']);
await run('explain/rule-en', ['explain', 'ref/unknown-axis', '--lang', 'en']);

// Commands that write, on a copy of the bundled repository: a dry run, then the real write.
const edits = {
  'update-progress': ['update', 'tableau-de-bord-partage', '--progress', '60', '--note', 'Avancée', '--on', AS_OF],
  'update-status': ['update', 'tableau-de-bord-partage', '--status', 'blocked', '--on', AS_OF],
  'update-due': [
    'update',
    'tableau-de-bord-partage',
    '--due',
    '2027-06-30',
    '--decision',
    'd-2026-06-01',
    '--on',
    AS_OF,
  ],
  'update-milestone': ['update', 'tableau-de-bord-partage', '--milestone-done', '1', '--on', AS_OF],
  'update-money': [
    'update',
    'tableau-de-bord-partage',
    '--cost',
    '120000',
    '--funder',
    'cci-essonne=30000',
    '--on',
    AS_OF,
  ],
  'update-committed': [
    'update',
    'tableau-de-bord-partage',
    '--committed',
    'cci-essonne=15000',
    '--ref',
    'délibération 12',
    '--on',
    AS_OF,
  ],
  'close-done': ['close', 'a-2026-06-03', '--note', 'Fait', '--on', AS_OF],
  'close-cancelled': ['close', 'a-2026-06-03', '--cancelled', '--on', AS_OF],
  'new-commitment': [
    'new',
    'commitment',
    '--title',
    'Un nouvel engagement',
    '--axis',
    'numerique',
    '--lead',
    'cci-essonne',
    '--start',
    '2026-01-01',
    '--due',
    '2027-01-01',
  ],
  'new-commitment-funded': [
    'new',
    'commitment',
    '--title',
    'Un engagement financé',
    '--axis',
    'numerique',
    '--lead',
    'cci-essonne',
    '--cost',
    '50000',
    '--funder',
    'cci-essonne=20000',
    '--funder',
    'cma-essonne=30000',
  ],
  'new-partner': [
    'new',
    'partner',
    '--name',
    'Nouveau partenaire',
    '--kind',
    'other',
    '--role',
    'member',
    '--joined-on',
    '2026-01-01',
  ],
  'new-axis': ['new', 'axis', '--title', 'Un axe', '--short-title', 'Axe', '--leads', 'cci-essonne'],
  'new-meeting': [
    'new',
    'meeting',
    '--title',
    'Comité',
    '--date',
    '2027-03-01',
    '--kind',
    'committee',
    '--place',
    'Orly',
    '--time',
    '10:00',
  ],
  'meeting-record': [
    'meeting',
    'record',
    'comite-territorial-2026-12-10',
    '--present',
    'cci-essonne,cma-essonne',
    '--decision',
    'Une décision',
    '--action',
    'Faire',
    '--owner',
    'cci-essonne',
    '--due',
    '2027-01-15',
  ],
  'edit-convention': [
    'edit',
    'convention',
    '--secretariat',
    'Secrétariat du comité secretariat@exemple.fr',
    '--secretariat-phone',
    '01 23 45 67 89',
    '--tolerance',
    '15',
  ],
  'edit-partner': [
    'edit',
    'partner',
    'cci-essonne',
    '--representative',
    'Marie Dupont, Présidente',
    '--add-contact',
    'Jean Martin jean.martin@exemple.fr, Chargé de mission',
  ],
  'edit-axis': ['edit', 'axis', 'numerique', '--short-title', 'Numérique et données'],
  'edit-meeting': [
    'edit',
    'meeting',
    'comite-territorial-2026-12-10',
    '--add-agenda',
    'Point budget',
    '--add-guest',
    'Anne Roy, Région',
  ],
  'rename-partner': ['rename', 'partner', 'essonne-developpement', 'essonne-dev'],
  'remove-referenced': ['remove', 'partner', 'cci-essonne'],
  'guide-write': ['guide', '--write'],
  schema: ['schema', '--out', '$SCRATCH/schemas'],
  'owners-write': ['owners', '--write'],
  init: ['init', '$SCRATCH/new-partnership', '--title', 'Convention de test', '--signed-on', '2026-01-01'],
  'init-gitlab-site': [
    'init',
    '$SCRATCH/new-gitlab',
    '--title',
    'Test',
    '--ci',
    'gitlab',
    '--site',
    '--language',
    'en',
  ],
};
for (const [name, args] of Object.entries(edits)) {
  await run(`edit/${name}-dry-run`, [...args, '--dry-run'], { copy: true });
  await run(`edit/${name}`, args, { copy: true });
}

rmSync(scratch, { recursive: true, force: true });
console.log(`${count} cases written to ${out}`);
