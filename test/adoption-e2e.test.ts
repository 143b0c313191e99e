/**
 * A new partnership, end to end, with the tool as its users get it: the
 * tarball `npm pack` makes, installed into a fresh prefix. An empty git
 * repository with a bare remote, `roadmap init --install <tarball>`, a push;
 * then a partner's branch with three typical mistakes (a typo in a key, an
 * unknown partner, an impossible date). The generated CI is then run as the
 * git host would run it — the workflow's `run:` steps in order with their
 * `if:` conditions and GitHub's variables, the GitLab job's `script:` lines in
 * one shell — and what the partner sees is checked: annotations at the
 * repository-relative file, line and column, the job summary, the Code
 * Quality and JUnit reports. Once the mistakes are fixed, the same CI is green:
 * that rerun happens on the same runner, where the first run's install step
 * left the tool, so it runs every step but that one (three installs in all,
 * each into a fresh prefix: the secretariat's, GitHub's and GitLab's runner).
 * Needs the npm registry (or its cache) for the tarball's dependencies.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/browser.js';
import { buildBin } from './helpers/buildBin.js';
import { ROOT, tempDir } from './helpers/cli.js';
import { partnerGit } from './helpers/gitRepo.js';

const COMMITMENT = 'roadmap/commitments/premier-engagement.md';
/** The generated CI's first step on both hosts; a rerun on the same runner skips it. */
const INSTALL_STEP = 'npm install --global "$ROADMAP_TOOL"';

let work: string;
let cleanup: () => void;
let tarball: string;

beforeAll(() => {
  ({ dir: work, cleanup } = tempDir('adoption-'));
  buildBin();
  // The build is fresh (buildBin); packing without scripts keeps the other test files' dist/ untouched.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(work, pack.stdout.trim().split('\n').pop()!);
}, 180_000);
afterAll(() => cleanup());

/** npm as CI uses it: quiet, cache first, into the given prefix. */
function npmEnv(prefix: string): Record<string, string> {
  return {
    PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    HOME: process.env.HOME ?? work,
    npm_config_prefix: prefix,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_prefer_offline: 'true',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

const git = partnerGit;

/** A bare remote, and a clone of it where `init` sets the partnership up and pushes. */
function newPartnership(name: string, initArgs: string[]): { remote: string; clone: string } {
  const remote = join(work, `${name}.git`);
  const clone = join(work, name);
  git(work, 'init', '-q', '--bare', '-b', 'main', remote);
  git(work, 'clone', '-q', remote, clone);
  git(clone, 'checkout', '-q', '-b', 'main');
  // The secretariat's own copy of the tool, installed from the tarball by the first test.
  const global = join(work, 'global');
  const init = spawnSync(join(global, 'bin', 'roadmap'), ['init', '--install', tarball, ...initArgs], {
    cwd: clone,
    env: npmEnv(global),
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  expect(init.stdout).toContain('Et maintenant :');
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '-m', 'Feuille de route');
  git(clone, 'push', '-q', 'origin', 'main');
  return { remote, clone };
}

/** The partner's edit from the web editor: three typical mistakes, pushed on a branch. */
function partnerBranchWithMistakes(clone: string): string {
  git(clone, 'checkout', '-q', '-b', 'maj-engagement');
  const path = join(clone, COMMITMENT);
  const text = readFileSync(path, 'utf8');
  const broken = text
    .replace('\nlead: territoire\n', '\nlead: territoir\n')
    .replace('\nstatus: planned\n', '\nstauts: planned\n')
    .replace(/\ndue: (\d{4})-\d\d-\d\d\n/, '\ndue: $1-02-30\n');
  expect(broken.split('\n').filter((line, index) => line !== text.split('\n')[index])).toHaveLength(3);
  writeFileSync(path, broken);
  git(clone, 'commit', '-q', '-am', 'Mise à jour de mon engagement');
  git(clone, 'push', '-q', 'origin', 'maj-engagement');
  return text;
}

function fixMistakes(clone: string, original: string): void {
  writeFileSync(join(clone, COMMITMENT), original.replace('\nstatus: planned\n', '\nstatus: in_progress\n'));
  git(clone, 'commit', '-q', '-am', 'Corrections');
  git(clone, 'push', '-q', 'origin', 'maj-engagement');
}

/** What the runner checks out: a full clone (fetch-depth 0) at the head of the pull request. */
function checkout(remote: string, name: string, branch: string): string {
  const runner = join(work, name);
  git(work, 'clone', '-q', remote, runner);
  git(runner, 'checkout', '-q', branch);
  return runner;
}

interface GithubStep {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
}
interface GithubJob {
  env?: Record<string, string>;
  steps: GithubStep[];
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, GithubJob>;
}
interface ShellResult {
  status: number | null;
  stdout: string;
  stderr: string;
}
interface StepResult {
  run: string;
  result: ShellResult;
}

/** A script in bash -eo pipefail, as both hosts run theirs; asynchronous, so the two hosts' jobs run side by side. */
function shell(script: string, cwd: string, env: Record<string, string>): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      timeout: 180_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * A GitHub Actions job on `pull_request`: `uses:` steps are what the runner
 * already did (checkout, Node); `run:` steps run in bash -eo pipefail, skipped
 * when their `if:` says so, and a failure stops the steps that need success.
 * A rerun finds the tool that the first run installed into the runner's prefix.
 */
async function runGithubJob(
  workflow: Workflow,
  job: GithubJob,
  runner: string,
  prefix: string,
  summary: string,
  rerun = false,
): Promise<{ ok: boolean; steps: StepResult[] }> {
  const github = { event_name: 'pull_request', base_ref: 'main' };
  const expand = (value: string) =>
    value.replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_whole, key: keyof typeof github) => {
      if (!(key in github)) throw new Error(`unexpected expression github.${key}`);
      return github[key];
    });
  const env = {
    ...npmEnv(prefix),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_BASE_REF: github.base_ref,
    GITHUB_HEAD_REF: 'maj-engagement',
    GITHUB_WORKSPACE: runner,
    GITHUB_STEP_SUMMARY: summary,
    ...Object.fromEntries(
      Object.entries({ ...workflow.env, ...job.env }).map(([key, value]) => [key, expand(String(value))]),
    ),
  };
  let ok = true;
  const steps: StepResult[] = [];
  for (const step of job.steps) {
    if (step.run === undefined || (rerun && step.run === INSTALL_STEP)) continue;
    if (!condition(step.if, ok, github.event_name)) continue;
    const result = await shell(step.run, runner, env);
    steps.push({ run: step.run, result });
    if (result.status !== 0 && step['continue-on-error'] !== true) ok = false;
  }
  return { ok, steps };
}

/** The few expressions the generated workflow uses; anything else fails the test rather than being guessed. */
function condition(expression: string | undefined, ok: boolean, event: string): boolean {
  if (expression === undefined) return ok;
  let always = false;
  const terms = expression
    .split('&&')
    .map((term) => term.trim())
    .map((term) => {
      if (term === 'always()') return (always = true);
      const match = /^github\.event_name\s*(==|!=)\s*'([^']*)'$/.exec(term);
      if (!match) throw new Error(`unexpected condition ${term}`);
      return (match[1] === '==') === (event === match[2]);
    });
  return terms.every(Boolean) && (always || ok);
}

interface Annotation {
  level: string;
  file: string;
  line: number;
  col: number;
  rule: string;
}

function annotations(stdout: string): Annotation[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::/.exec(line);
      if (!match) throw new Error(`not an annotation: ${line}`);
      return {
        level: match[1]!,
        file: match[2]!,
        line: Number(match[3]),
        col: Number(match[4]),
        rule: match[5]!.replace(/%2F/g, '/'),
      };
    });
}

const MISTAKES = [
  { level: 'error', file: COMMITMENT, line: 7, col: 7, rule: 'ref/unknown-partner' },
  { level: 'error', file: COMMITMENT, line: 8, col: 1, rule: 'schema/unknown-field' },
  { level: 'error', file: COMMITMENT, line: 10, col: 6, rule: 'date/invalid' },
];

describe('a new partnership, from an empty repository to a partner’s pull request', () => {
  it('installs from the tarball into a fresh prefix, with no build, and the installed command reports on the bundled roadmap', () => {
    const prefix = join(work, 'global');
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, tarball], {
      env: npmEnv(prefix),
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(install.status, install.stderr).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'roadmap-governance');
    // What ships: the compiled code, schemas and templates; no sources, no TypeScript, no development tools.
    expect(readdirSync(installed).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin',
      'dist',
      'node_modules',
      'package.json',
      'schemas',
      'templates',
    ]);
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'vitest'))).toBe(false);
    const report = spawnSync(
      join(prefix, 'bin', 'roadmap'),
      ['report', '--dir', join(ROOT, 'roadmap'), '--as-of', '2026-11-25', '--format', 'json'],
      { env: npmEnv(prefix), encoding: 'utf8' },
    );
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).axes).toHaveLength(9);
  }, 240_000);

  it.skipIf(CHROMIUM === undefined)(
    'the installed command renders the briefing pack to PDF with the system Chromium',
    () => {
      const prefix = join(work, 'global');
      const out = join(work, 'briefs');
      const brief = spawnSync(
        join(prefix, 'bin', 'roadmap'),
        ['brief', '--dir', join(ROOT, 'roadmap'), '--as-of', '2026-11-25', '--out', out, '--pdf'],
        {
          env: { ...npmEnv(prefix), CHROMIUM_PATH: CHROMIUM! },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(brief.status, brief.stderr).toBe(0);
      const pdf = readFileSync(join(out, 'comite-territorial-2026-12-10', 'brief.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    180_000,
  );

  describe.concurrent('the CI that init wrote, run as the host runs it', () => {
    it('GitHub: the workflow’s steps annotate the three mistakes, summarise the change, then pass once fixed', async () => {
      const { remote, clone } = newPartnership('github', []);
      const workflowText = readFileSync(join(clone, '.github', 'workflows', 'roadmap.yml'), 'utf8');
      const workflow = parse(workflowText) as Workflow;
      expect(workflow.env?.ROADMAP_TOOL).toBe(tarball);
      const original = partnerBranchWithMistakes(clone);

      const prefix = join(work, 'github-runner-prefix');
      const summary = join(work, 'github-summary.md');
      writeFileSync(summary, '');
      const runner = checkout(remote, 'github-runner', 'maj-engagement');
      const first = await runGithubJob(workflow, workflow.jobs.roadmap!, runner, prefix, summary);
      expect(first.ok).toBe(false);
      const ran = first.steps.map((step) => step.run);
      expect(ran).toEqual([
        INSTALL_STEP,
        'roadmap validate --dir roadmap --format github --changed-since "$BASE"',
        'roadmap diff "$BASE" --dir roadmap --format markdown >> "$GITHUB_STEP_SUMMARY"',
        'roadmap owners --dir roadmap --changed-since "$BASE" --format markdown >> "$GITHUB_STEP_SUMMARY"',
      ]);
      const validate = first.steps[1]!.result;
      expect(validate.status).toBe(1);
      expect(annotations(validate.stdout).filter((annotation) => annotation.level === 'error')).toEqual(MISTAKES);
      const summaryText = readFileSync(summary, 'utf8');
      // validate's own summary for the partner; diff and owners only report on a valid roadmap (their steps may fail).
      expect(summaryText).toContain(COMMITMENT);
      expect(summaryText).toMatch(/territoir\b/);
      expect(summaryText).toMatch(/stauts/);
      expect(summaryText).toMatch(/\d{4}-02-30/);
      expect(first.steps.slice(2).map((step) => step.result.status)).toEqual([1, 1]);

      fixMistakes(clone, original);
      git(runner, 'pull', '-q', '--ff-only');
      writeFileSync(summary, '');
      const second = await runGithubJob(workflow, workflow.jobs.roadmap!, runner, prefix, summary, true);
      expect(second.steps.map((step) => step.run)).toEqual(ran.slice(1));
      expect(second.steps.map((step) => step.result.status)).toEqual([0, 0, 0]);
      expect(second.ok).toBe(true);
      expect(annotations(second.steps[0]!.result.stdout).filter((annotation) => annotation.level === 'error')).toEqual(
        [],
      );
      // The change by meaning, and who must approve it: the maintainers of the commitment's lead.
      const fixedSummary = readFileSync(summary, 'utf8');
      expect(fixedSummary).toMatch(/Premier engagement/);
      expect(fixedSummary).toMatch(/in_progress|en cours/i);
      expect(fixedSummary).toContain('@organisation/equipe');
    }, 300_000);

    it('GitLab: the job’s script lines write the Code Quality and JUnit reports, fail on the mistakes, then pass', async () => {
      const { remote, clone } = newPartnership('gitlab', ['--ci', 'gitlab']);
      const ci = parse(readFileSync(join(clone, '.gitlab-ci.yml'), 'utf8')) as {
        variables: Record<string, string>;
        roadmap: { script: string[]; variables: Record<string, unknown> };
      };
      const original = partnerBranchWithMistakes(clone);
      const runner = checkout(remote, 'gitlab-runner', 'maj-engagement');
      const prefix = join(work, 'gitlab-runner-prefix');
      mkdirSync(prefix, { recursive: true });
      expect(ci.roadmap.script[0]).toBe(INSTALL_STEP);
      const run = (rerun = false) =>
        shell(ci.roadmap.script.slice(rerun ? 1 : 0).join('\n'), runner, {
          ...npmEnv(prefix),
          CI: 'true',
          GITLAB_CI: 'true',
          CI_PIPELINE_SOURCE: 'merge_request_event',
          CI_MERGE_REQUEST_DIFF_BASE_SHA: git(runner, 'merge-base', 'origin/main', 'HEAD'),
          CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
          ...Object.fromEntries(
            Object.entries({ ...ci.variables, ...ci.roadmap.variables }).map(([key, value]) => [key, String(value)]),
          ),
        });
      const first = await run();
      expect(first.status).toBe(1);
      const quality = JSON.parse(readFileSync(join(runner, 'gl-code-quality-report.json'), 'utf8')) as {
        check_name: string;
        severity: string;
        location: { path: string; lines: { begin: number } };
      }[];
      expect(
        quality
          .filter((issue) => issue.severity === 'major')
          .map((issue) => [issue.location.path, issue.location.lines.begin, issue.check_name]),
      ).toEqual(MISTAKES.map((mistake) => [mistake.file, mistake.line, mistake.rule]));
      const junit = readFileSync(join(runner, 'roadmap-junit.xml'), 'utf8');
      expect(junit).toContain(COMMITMENT);
      for (const mistake of MISTAKES)
        expect(junit).toContain(`${mistake.file}:${mistake.line}:${mistake.col} error ${mistake.rule}:`);
      // The pretty report in the job's log, with line and column.
      expect(first.stdout).toMatch(/roadmap\/commitments\/premier-engagement\.md\n {2}7:7 .*territoir/);

      fixMistakes(clone, original);
      git(runner, 'pull', '-q', '--ff-only');
      const second = await run(true);
      expect(second.status, second.stdout + second.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(runner, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
    }, 300_000);
  });
});
