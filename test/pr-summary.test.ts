/**
 * What a partner reads in the job summary of a pull request: a new partnership set up
 * by `roadmap init`, a partner's branch with typical mistakes, and the generated
 * workflow's `run:` steps run in order as GitHub runs them (bash -eo pipefail, their
 * `if:` conditions, GITHUB_STEP_SUMMARY), with the built bin as the installed command
 * (test/adoption-e2e.test.ts does the same from the packed tarball, much slower).
 * The summary must name each problem once, keep « Qui doit approuver », and speak the
 * partner's language — never the tool's machine words or another roadmap's examples.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { BIN, tempDir } from './helpers/cli.js';
import { partnerGit } from './helpers/gitRepo.js';

interface Step {
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: { roadmap: { env?: Record<string, string>; steps: Step[] } };
}

let work: string;
let cleanup: () => void;
let repo: string;
let summary: string;
let steps: { run: string; status: number | null; stdout: string; stderr: string }[];

const git = partnerGit;

/** The few `if:` expressions the generated workflow uses, on a pull request. */
function runs(expression: string | undefined, ok: boolean): boolean {
  if (expression === undefined) return ok;
  const terms = expression.split('&&').map((term) => term.trim());
  const always = terms.includes('always()');
  const event = terms
    .filter((term) => term !== 'always()')
    .every((term) => {
      const match = /^github\.event_name\s*(==|!=)\s*'([^']*)'$/.exec(term);
      if (!match) throw new Error(`unexpected condition ${term}`);
      return (match[1] === '==') === (match[2] === 'pull_request');
    });
  return event && (always || ok);
}

beforeAll(() => {
  buildBin();
  ({ dir: work, cleanup } = tempDir('pr-summary-'));
  repo = join(work, 'depot');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  const init = spawnSync(process.execPath, [BIN, 'init'], { cwd: repo, encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  // A second partner, with maintainers, so that the routing has someone to name.
  writeFileSync(
    join(repo, 'roadmap', 'partners', 'cci-morlaix.yaml'),
    'id: cci-morlaix\nname: CCI de Morlaix\nshort_name: CCI Morlaix\nkind: cci\nrole: signatory\nmaintainers: ["@cci-morlaix/equipe"]\n',
  );
  const commitment = join(repo, 'roadmap', 'commitments', 'premier-engagement.md');
  writeFileSync(commitment, readFileSync(commitment, 'utf8').replace('\nlead: territoire\n', '\nlead: cci-morlaix\n'));
  for (const regenerate of [
    ['owners', '--write'],
    ['guide', '--write'],
  ]) {
    const result = spawnSync(process.execPath, [BIN, ...regenerate], { cwd: repo, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Feuille de route');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');

  // The partner's edit from the web editor: an unknown partner, a French date, a measure whose date is French too.
  git(repo, 'checkout', '-q', '-b', 'maj-engagement');
  const text = readFileSync(commitment, 'utf8');
  const baseline = /baseline:\n\s+value: 0\n\s+date: (\d{4}-\d\d-\d\d)/.exec(text)![1]!;
  const broken = text
    .replace('\nlead: cci-morlaix\n', '\nlead: cci-morlai\n')
    .replace(/\ndue: \d{4}-\d\d-\d\d\n/, '\ndue: 15/11/2027\n')
    .replace(
      `    target:\n`,
      `    measures:\n      - date: ${baseline}\n        value: 2\n      - date: 15/11/2026\n        value: 4\n    target:\n`,
    );
  writeFileSync(commitment, broken);
  git(repo, 'commit', '-q', '-am', 'Mise à jour de mon engagement');

  // The installed command, as the workflow's install step leaves it: `roadmap` on PATH.
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'roadmap'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'roadmap'), 0o755);

  const workflow = parse(readFileSync(join(repo, '.github', 'workflows', 'roadmap.yml'), 'utf8')) as Workflow;
  summary = join(work, 'summary.md');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
    HOME: work,
    GIT_CONFIG_NOSYSTEM: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_BASE_REF: 'main',
    GITHUB_STEP_SUMMARY: summary,
    ...Object.fromEntries(
      Object.entries({ ...workflow.env, ...workflow.jobs.roadmap.env }).map(([key, value]) => [
        key,
        String(value).replace('${{ github.base_ref }}', 'main'),
      ]),
    ),
  };
  steps = [];
  let ok = true;
  for (const step of workflow.jobs.roadmap.steps) {
    if (step.run === undefined || step.run.startsWith('npm install')) continue;
    if (!runs(step.if, ok)) continue;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: repo,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    steps.push({ run: step.run, status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0 && step['continue-on-error'] !== true) ok = false;
  }
}, 240_000);
afterAll(() => cleanup());

describe('a broken partner branch through the generated workflow', () => {
  it('runs validate, diff and owners; validate fails the job', () => {
    expect(steps.map((step) => step.run.split(' ').slice(0, 2).join(' '))).toEqual([
      'roadmap validate',
      'roadmap diff',
      'roadmap owners',
    ]);
    expect(steps[0]!.status, steps[0]!.stderr).toBe(1);
  });

  it('names each problem once in the summary', () => {
    const text = readFileSync(summary, 'utf8');
    // Three mistakes, three problems: no rule also fires on a value the schema refused or a partner that does not exist
    // (no « due before start », no « measure before its baseline », no out-of-date CODEOWNERS from the unknown lead).
    const problems = text.match(/^(❌|⚠️) \*\*Ligne \d+\*\* — .*$/gmu) ?? [];
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('Le partenaire « cci-morlai » n’existe pas');
    expect(problems[1]).toContain('« 15/11/2027 » n’est pas une date valide');
    expect(problems[2]).toContain('« 15/11/2026 » n’est pas une date valide');
    // diff and owners come after validate's part: diff says the roadmap has errors and where they are described,
    // without listing them again.
    const rest = text.slice(text.indexOf('# Changements de la feuille de route'));
    expect(rest.length).toBeLessThan(text.length);
    expect(rest).toContain('Chaque erreur est décrite une fois');
    expect(rest).not.toMatch(/cci-morlai\b|15\/11\/202[67]|n’est pas une date valide/);
  });

  it('keeps who must approve, even though the branch is invalid', () => {
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('Qui doit approuver');
    expect(text).toContain('@cci-morlaix/equipe');
  });

  it('speaks the partner’s language: dates to write, positions, their own partners', () => {
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('écrivez 2027-11-15');
    expect(text).toContain('écrivez 2026-11-15');
    // A measure whose date failed the schema is not also « before its baseline ».
    expect(text).not.toContain('measure/before-baseline');
    expect(text).toMatch(/indicateur 1, mesure 2/);
    expect(text).not.toMatch(/indicators\[\d\]|measures\[\d\]/);
    // Examples come from this roadmap (its partners), never from the bundled Grand-Orly one.
    expect(text).not.toMatch(/cci-val-de-marne|gosb|ept-gosb|Grand-Orly/);
    expect(text).toContain('cci-morlaix');
    expect(text).not.toMatch(/arbre de travail|working tree/);
    expect(text).not.toMatch(/\berreur\(s\)|avertissement\(s\)/);
  });
});
