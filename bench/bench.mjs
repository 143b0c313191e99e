// Times the CLI as whole processes against a read+parse floor (bench/floor.mjs) on
// synthetic roadmaps (bench/generate.ts, compiled with the CLI). `npm run bench` builds both first.
//   node bench/bench.mjs [--sizes 1000,10000] [--runs 5] [--meetings 500] [--quick] [--keep] [--only report,site]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRoadmap, mutateRoadmap } from '../dist/bench/generate.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const BIN = join(ROOT, 'bin', 'roadmap.js');
const FLOOR = join(BENCH_DIR, 'floor.mjs');
const TIME = '/usr/bin/time';
const HAS_TIME = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true']).status === 0;
const PEAK_GOAL_MIB = 400;
const PEAK_GOAL_SIZE = 10_000;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

function parseOptions(argv) {
  const options = { sizes: [1000, 10_000], runs: 5, meetings: 500, keep: false };
  if (argv.includes('--quick')) Object.assign(options, { sizes: [200, 1000], runs: 3 });
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--meetings') options.meetings = Number(argv[++i]);
    else if (argv[i] === '--keep') options.keep = true;
    // `--only report,site`: those rows and their baselines, printed but not written to RESULTS.md (a partial run).
    else if (argv[i] === '--only') options.only = argv[++i].split(',');
  }
  return options;
}

// ---------------------------------------------------------------- fixtures

function git(repo, args, date) {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args[0]}: ${result.error?.message ?? result.stderr.trim()}`);
  return result.stdout.trim();
}

// Commit A is the generated roadmap, commit B the same after mutateRoadmap; the
// working tree is left at B.
function buildFixture(tmp, size, meetings) {
  const repo = join(tmp, 'repo');
  const dir = join(repo, 'roadmap');
  generateRoadmap(dir, { commitments: size, meetings, seed: 1 });
  try {
    git(repo, ['init', '-q'], '2026-11-01T09:00:00Z');
    git(repo, ['add', '-A'], '2026-11-01T09:00:00Z');
    git(repo, ['commit', '-q', '-m', 'A: generated roadmap'], '2026-11-01T09:00:00Z');
    const from = git(repo, ['rev-parse', 'HEAD'], '2026-11-01T09:00:00Z');
    mutateRoadmap(dir, { fraction: 0.1, seed: 2 });
    git(repo, ['add', '-A'], '2026-11-25T09:00:00Z');
    git(repo, ['commit', '-q', '-m', 'B: mutated roadmap'], '2026-11-25T09:00:00Z');
    return { repo, dir, from, to: git(repo, ['rev-parse', 'HEAD'], '2026-11-25T09:00:00Z') };
  } catch (error) {
    mutateRoadmap(dir, { fraction: 0.1, seed: 2 });
    return { repo, dir, gitError: error.message };
  }
}

// ---------------------------------------------------------------- measuring

function runOnce(nodeArgs, cwd, rssFile) {
  const [command, args, env] = HAS_TIME
    ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs], process.env]
    : [
        process.execPath,
        ['--import', join(BENCH_DIR, 'maxrss.mjs'), ...nodeArgs],
        { ...process.env, BENCH_MAXRSS_FILE: rssFile },
      ];
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // GNU time writes "Command exited with non-zero status N" before the figure.
  const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return { ...result, ms, rssKiB };
}

const firstLine = (text) => text.trim().split('\n')[0]?.slice(0, 80) ?? '';
const parsesAsJson = (text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

function whyUnusable(result, expectJson) {
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'timeout' : result.error.message;
  const output = `${result.stderr}\n${result.stdout}`;
  if (/unknown command/i.test(output)) return 'unknown command';
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(result.stderr)?.[1];
  if (missing) return `CLI not built: ${relative(ROOT, missing)} missing`;
  if (result.status !== 0 && result.status !== 1)
    return `exit ${result.status ?? result.signal}: ${firstLine(result.stderr)}`;
  if (STACK_TRACE.test(result.stderr)) return `crashed: ${firstLine(result.stderr)}`;
  if (expectJson && !parsesAsJson(result.stdout)) return 'output is not JSON';
  return null;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function measure({ args, cwd, expectJson = false }, runs, tmp) {
  const rssFile = join(tmp, 'maxrss.txt');
  const warmUp = runOnce(args(0), cwd, rssFile);
  const reason = whyUnusable(warmUp, expectJson);
  if (reason) return { na: reason };
  const samples = Array.from({ length: runs }, (_, i) => runOnce(args(i + 1), cwd, rssFile));
  const failed = samples.map((sample) => whyUnusable(sample, expectJson)).find(Boolean);
  if (failed) return { na: failed };
  return {
    ms: median(samples.map((sample) => sample.ms)),
    peakMiB: Math.max(warmUp.rssKiB, ...samples.map((sample) => sample.rssKiB)) / 1024,
    exit: warmUp.status,
  };
}

// `goal` is the ratio goal against `baseline` (times `factor`).
function commandsFor({ dir, repo, from, to, gitError }, tmp) {
  return [
    { name: 'floor (read + parse)', key: 'floor', args: () => [FLOOR, dir], growth: true },
    {
      name: 'validate --format json',
      key: 'validate',
      args: () => [BIN, 'validate', '--dir', dir, '--format', 'json'],
      expectJson: true,
      baseline: 'floor',
      goal: 1.5,
      growth: true,
    },
    {
      name: 'report --format json',
      key: 'report',
      args: () => [BIN, 'report', '--dir', dir, '--format', 'json', '--as-of', AS_OF],
      expectJson: true,
      baseline: 'floor',
      goal: 1.7,
      growth: true,
    },
    {
      name: 'brief',
      key: 'brief',
      args: (i) => [BIN, 'brief', '--dir', dir, '--as-of', AS_OF, '--out', join(tmp, `brief-${i}`)],
      baseline: 'floor',
      goal: 3,
      growth: true,
    },
    {
      name: 'site',
      key: 'site',
      args: (i) => [BIN, 'site', '--dir', dir, '--as-of', AS_OF, '--out', join(tmp, `site-${i}`)],
      baseline: 'floor',
      goal: 3,
      growth: true,
    },
    gitError
      ? { name: 'diff A B', key: 'diff', unavailable: `git: ${gitError}` }
      : {
          name: 'diff A B',
          key: 'diff',
          cwd: repo,
          args: () => [BIN, 'diff', from, to, '--dir', 'roadmap'],
          baseline: 'floor',
          factor: 2,
          goal: 2.5,
          growth: true,
        },
    { name: 'node -e 0', key: 'node', args: () => ['-e', '0'] },
    { name: '--version', key: 'version', args: () => [BIN, '--version'], baseline: 'node', goal: 1.3 },
  ];
}

// ---------------------------------------------------------------- reporting

const fmtSize = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');
const fmtMs = (ms) => (ms < 100 ? ms.toFixed(1) : Math.round(ms).toString());
const verdict = (ok) => (ok ? '✓' : '✗');

function resultsTable(rows) {
  const lines = [
    '| size | command | median ms | baseline ms | ratio | goal | peak MiB | note |',
    '|---:|---|---:|---:|---:|---|---:|---|',
  ];
  for (const { size, command, result, baselineMs } of rows) {
    if (result.na) {
      lines.push(`| ${fmtSize(size)} | ${command.name} | n/a (${result.na}) | | | | | |`);
      continue;
    }
    const ratio = baselineMs ? result.ms / baselineMs : null;
    const ratioCell = ratio ? `${ratio.toFixed(2)}×` : '';
    const goalCell = ratio ? `≤ ${command.goal}× ${verdict(ratio <= command.goal)}` : '';
    const baselineCell = baselineMs
      ? `${fmtMs(baselineMs)} (${command.factor ? `${command.factor}× ` : ''}${command.baseline})`
      : '';
    const peak = Number.isFinite(result.peakMiB) ? Math.round(result.peakMiB).toString() : '?';
    const peakCell =
      size >= PEAK_GOAL_SIZE && command.baseline
        ? `${peak} (≤ ${PEAK_GOAL_MIB} ${verdict(result.peakMiB <= PEAK_GOAL_MIB)})`
        : peak;
    lines.push(
      `| ${fmtSize(size)} | ${command.name} | ${fmtMs(result.ms)} | ${baselineCell} | ${ratioCell} | ${goalCell} | ${peakCell} | ${result.exit ? `exit ${result.exit}` : ''} |`,
    );
  }
  return lines.join('\n');
}

function growthTable(rows, small, large) {
  const linear = large / small;
  const lines = [
    `| command | ms at ${fmtSize(small)} | ms at ${fmtSize(large)} | growth | goal |`,
    '|---|---:|---:|---:|---|',
  ];
  const at = (size, key) => rows.find((row) => row.size === size && row.command.key === key)?.result;
  for (const command of rows.filter((row) => row.size === small && row.command.growth).map((row) => row.command)) {
    const [a, b] = [at(small, command.key), at(large, command.key)];
    if (!a?.ms || !b?.ms) {
      lines.push(`| ${command.name} | ${a?.ms ? fmtMs(a.ms) : 'n/a'} | ${b?.ms ? fmtMs(b.ms) : 'n/a'} | n/a | |`);
      continue;
    }
    const growth = b.ms / a.ms;
    // "~linear": allow 10 % over the size ratio before calling it superlinear.
    lines.push(
      `| ${command.name} | ${fmtMs(a.ms)} | ${fmtMs(b.ms)} | ${growth.toFixed(1)}× | ≤ ~${linear}× ${verdict(growth <= linear * 1.1)} |`,
    );
  }
  return lines.join('\n');
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

// ---------------------------------------------------------------- main

const options = parseOptions(process.argv.slice(2));
const rows = [];
for (const size of options.sizes) {
  const tmp = mkdtempSync(join(os.tmpdir(), `roadmap-bench-${size}-`));
  console.error(`# ${fmtSize(size)} commitments, ${options.meetings} meetings → ${tmp}`);
  const fixture = buildFixture(tmp, size, options.meetings);
  const medians = {};
  const all = commandsFor(fixture, tmp);
  const wanted = options.only
    ? new Set([
        ...options.only,
        ...all
          .filter((command) => options.only.includes(command.key))
          .map((command) => command.baseline)
          .filter(Boolean),
      ])
    : null;
  for (const command of all.filter((candidate) => !wanted || wanted.has(candidate.key))) {
    console.error(`  ${command.name}…`);
    const result = command.unavailable
      ? { na: command.unavailable }
      : measure({ ...command, cwd: command.cwd ?? tmp }, options.runs, tmp);
    medians[command.key] = result.ms;
    const baselineMs =
      command.baseline && medians[command.baseline] ? medians[command.baseline] * (command.factor ?? 1) : null;
    rows.push({ size, command, result, baselineMs });
  }
  if (options.keep) console.error(`  kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const sizes = [...options.sizes].sort((a, b) => a - b);
const report = [
  '# Benchmark results',
  '',
  `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  `- Machine: ${machine()}`,
  `- Method: whole processes, median of ${options.runs} runs after 1 warm-up; peak RSS from ${HAS_TIME ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` (bench/maxrss.mjs)'}`,
  `- Data: \`bench/generate.ts\` seed 1, ${options.meetings} meetings, then \`mutateRoadmap\` (10 %) as commit B; as-of ${AS_OF}`,
  '- Baselines: `floor` = `bench/floor.mjs` (readdir + readFile + `YAML.parse` of front matter); diff against 2× floor (two revisions); `--version` against `node -e 0`',
  '',
  resultsTable(rows),
  ...(sizes.length > 1
    ? [
        '',
        `Growth from ${fmtSize(sizes[0])} to ${fmtSize(sizes.at(-1))} commitments:`,
        '',
        growthTable(rows, sizes[0], sizes.at(-1)),
      ]
    : []),
  '',
].join('\n');
process.stdout.write(report);
if (!options.only) writeFileSync(join(BENCH_DIR, 'RESULTS.md'), report);
