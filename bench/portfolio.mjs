// The portfolio at scale: N conventions of 60 commitments each, given as local
// data packages (what each repository's CI publishes), built by `roadmap portfolio`
// as a whole process. Measures wall time, CPU time (user + sys over wall: 2.0 means
// both cores busy the whole time) and peak RSS (/usr/bin/time -f %M), and writes
// the "Portfolio" section of bench/RESULTS.md.
//   node bench/portfolio.mjs [--sizes 200,400,800,1600] [--commitments 60] [--keep]
// `npm run build` first (it compiles bench/generate.ts with the CLI).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRoadmap } from '../dist/bench/generate.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const BIN = join(ROOT, 'bin', 'roadmap.js');
const TEMPLATES = 16;
const PEAK_GOAL_MIB = 1024;

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '200,400,800,1600').split(',').map(Number);
const commitments = Number(option('--commitments', '60'));
const keep = argv.includes('--keep');
const largest = Math.max(...sizes);

const tmp = mkdtempSync(join(os.tmpdir(), 'roadmap-portfolio-bench-'));
console.log(`working in ${tmp}`);

// Sixteen different roadmaps, each exported once as its CI would; the packages are then
// copied under new convention ids, so that N conventions cost N derivations, not N generations.
const templates = [];
for (let seed = 1; seed <= TEMPLATES; seed++) {
  const dir = join(tmp, 'templates', `roadmap-${seed}`);
  generateRoadmap(dir, { commitments, meetings: 24, partners: 12, axes: 6, seed });
  const out = join(tmp, 'templates', `package-${seed}`);
  const result = spawnSync(
    process.execPath,
    [BIN, 'export', '--dir', dir, '--format', 'datapackage', '--out', out, '--as-of', AS_OF],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`export of template ${seed}: ${result.stderr}`);
  templates.push(out);
}
const packages = join(tmp, 'packages');
for (let i = 1; i <= largest; i++) {
  const target = join(packages, `c-${i}`);
  cpSync(templates[(i - 1) % TEMPLATES], target, { recursive: true });
  const path = join(target, 'convention.csv');
  const [header, row, ...rest] = readFileSync(path, 'utf8').split('\r\n');
  writeFileSync(path, [header, row.replace(/^[^,]+/, `c-${i}`), ...rest].join('\r\n'));
}

const results = [];
for (const size of sizes) {
  const yaml = ['id: bench', 'title: Bench portfolio', 'conventions:'];
  for (let i = 1; i <= size; i++)
    yaml.push(`  - id: c-${i}`, `    source: packages/c-${i}`, `    territory: T${(i % 40) + 1}`);
  const file = join(tmp, `portfolio-${size}.yaml`);
  writeFileSync(file, `${yaml.join('\n')}\n`);
  const out = join(tmp, `out-${size}`);
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, BIN, 'portfolio', file, '--out', out, '--as-of', AS_OF, '--format', 'json'],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const timing = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const [wall, user, sys, maxKiB] = timing;
  const json = JSON.parse(run.stdout);
  const counted = json.conventions.filter((line) => line.ok).length;
  if (run.status !== 0 || counted !== size)
    throw new Error(`portfolio of ${size}: exit ${run.status}, ${counted} counted\n${run.stderr.slice(0, 2000)}`);
  const result = {
    size,
    wall,
    cpu: user + sys,
    use: (user + sys) / wall,
    peakMiB: Math.round(maxKiB / 1024),
    files: readdirSync(join(out, 'site', 'conventions')).length,
  };
  results.push(result);
  console.log(JSON.stringify(result));
  if (!keep) rmSync(out, { recursive: true, force: true });
}

const first = results[0];
const lines = [
  '<!-- portfolio:start -->',
  '## Portfolio',
  '',
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} cores, Node ${process.version}; load average at the end ${os.loadavg()[0].toFixed(1)} (other processes on the machine)`,
  `- Data: ${TEMPLATES} roadmaps from \`bench/generate.ts\` (${commitments} commitments, 24 meetings, 12 partners, 6 axes each), exported once with \`roadmap export\` and copied under new ids: every convention is a local data package, as each repository's CI publishes it`,
  '- Method: `node bench/portfolio.mjs`, one run per size, `roadmap portfolio --format json` as a whole process (report, site with one page per convention, data package written); CPU use = (user + sys) / wall, 2.0 = both cores busy throughout',
  '',
  '| conventions | wall s | CPU s | CPU use | s per 100 conventions | peak MiB | goal |',
  '|---:|---:|---:|---:|---:|---:|---|',
  ...results.map(
    (r) =>
      `| ${r.size} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.use.toFixed(2)} | ${((r.wall / r.size) * 100).toFixed(2)} | ${r.peakMiB} | ${r.peakMiB < PEAK_GOAL_MIB ? '< 1 GiB ✓' : '< 1 GiB ✗'} |`,
  ),
  '',
  `Growth: ${results.map((r) => `${r.size} → ${(r.wall / first.wall).toFixed(2)}× the time of ${first.size} for ${(r.size / first.size).toFixed(0)}× the conventions`).join('; ')}.`,
  '<!-- portfolio:end -->',
];
const resultsPath = join(BENCH_DIR, 'RESULTS.md');
const current = readFileSync(resultsPath, 'utf8');
const section = lines.join('\n');
const updated = /<!-- portfolio:start -->[\s\S]*<!-- portfolio:end -->/.test(current)
  ? current.replace(/<!-- portfolio:start -->[\s\S]*<!-- portfolio:end -->/, section)
  : `${current.trimEnd()}\n\n${section}\n`;
writeFileSync(resultsPath, updated);
if (!keep) rmSync(tmp, { recursive: true, force: true });
