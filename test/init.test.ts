import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCrash, ROOT, runMain, tempDir } from './helpers/cli.js';
import { GitRepo } from './helpers/gitRepo.js';
import { codeownersRules } from '../src/owners/renderCodeowners.js';

const TODAY = '2026-11-25';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('init-')));
afterEach(() => cleanup());

function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(root, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    )
    .sort();
}

const read = (...path: string[]) => readFileSync(join(dir, ...path), 'utf8');

interface Workflow {
  on: { pull_request: { paths: string[] }; push: { branches: string[]; paths: string[] } };
  env: Record<string, string>;
  jobs: Record<
    string,
    { if?: string; steps: { run?: string; uses?: string; with?: Record<string, unknown>; if?: string }[] }
  >;
}

describe('init', () => {
  it('sets up the current folder as a repository whose roadmap validates without a single warning', async () => {
    const result = await runMain(['init'], { cwd: dir, today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(filesUnder(dir)).toEqual([
      '.github/CODEOWNERS',
      '.github/pull_request_template.md',
      '.github/workflows/roadmap.yml',
      '.gitignore',
      '.vscode/settings.json',
      'README.md',
      'docs/guide-partenaire.md',
      'roadmap/axes/axe-1.md',
      'roadmap/commitments/premier-engagement.md',
      'roadmap/convention.yaml',
      'roadmap/meetings/comite-de-pilotage-2027-02-23.md',
      'roadmap/meetings/signature-2026-11-25.md',
      'roadmap/partners/territoire.yaml',
      'schemas/axis.schema.json',
      'schemas/commitment.schema.json',
      'schemas/common.schema.json',
      'schemas/convention.schema.json',
      'schemas/meeting.schema.json',
      'schemas/partner.schema.json',
    ]);
    expect(read('roadmap', 'convention.yaml')).toBe(
      [
        '# Squelette créé par roadmap init : remplacez les valeurs d’exemple.',
        'id: convention-de-partenariat',
        'title: Convention de partenariat',
        'signed_on: 2026-11-25',
        'language: fr',
        'committee:',
        '  name: Comité de pilotage',
        '  chair: territoire',
        '  cadence_months: 4',
        '',
      ].join('\n'),
    );
    // Found from the folder itself: no --dir.
    const validate = await runMain(['validate', '--format', 'json', '--as-of', TODAY], {
      cwd: join(dir, 'roadmap', 'commitments'),
      today: TODAY,
    });
    expect(JSON.parse(validate.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(result.stdout).toContain(`Dépôt prêt dans ${dir}. Et maintenant :\n  1. Remplacez les valeurs d’exemple`);
    expect(result.stdout).toContain('  5. Envoyez aux partenaires le guide docs/guide-partenaire.md');
  });

  it('takes the first facts from --title, --signed-on and --language', async () => {
    const result = await runMain(
      ['init', 'yerres', '--title', 'Convention Val d’Yerres 2027', '--signed-on', '2027-01-15', '--language', 'en'],
      { cwd: dir, today: TODAY },
    );
    expect(result.code).toBe(0);
    expect(parse(read('yerres', 'roadmap', 'convention.yaml'))).toEqual({
      id: 'convention-val-d-yerres-2027',
      title: 'Convention Val d’Yerres 2027',
      signed_on: '2027-01-15',
      language: 'en',
      committee: { name: 'Steering committee', chair: 'territory', cadence_months: 4 },
    });
    expect(existsSync(join(dir, 'yerres', 'docs', 'partner-guide.md'))).toBe(true);
    expect(read('yerres', '.github', 'pull_request_template.md')).toContain(
      'Step-by-step guide: docs/partner-guide.md',
    );
    expect(read('yerres', 'README.md')).toMatch(/^# Convention Val d’Yerres 2027\n/);
    // Messages follow the files' language unless --lang says otherwise.
    expect(result.stdout).toContain('Next steps:');
    const validate = await runMain(['validate', '--format', 'json', '--as-of', TODAY], {
      cwd: join(dir, 'yerres'),
      today: TODAY,
    });
    expect(JSON.parse(validate.stdout).diagnostics).toEqual([]);
  });

  it('writes the GitHub workflow at the root: pinned tool, full history, changed files on pull requests, summary', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/trunk\n');
    await runMain(['init'], { cwd: dir, today: TODAY });
    const workflow = parse(read('.github', 'workflows', 'roadmap.yml')) as Workflow;
    expect(workflow.on.pull_request.paths).toEqual([
      'roadmap/**',
      '.github/CODEOWNERS',
      '.github/workflows/roadmap.yml',
    ]);
    expect(workflow.on.push.branches).toEqual(['trunk']);
    expect(workflow.env.ROADMAP_TOOL).toBe(`roadmap-governance@${VERSION}`);
    const steps = workflow.jobs.roadmap!.steps;
    expect(steps.find((step) => step.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm install --global "$ROADMAP_TOOL"',
      'roadmap validate --dir roadmap --format github --changed-since "$BASE"',
      'roadmap validate --dir roadmap --format github',
      'roadmap diff "$BASE" --dir roadmap --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'roadmap owners --dir roadmap --changed-since "$BASE" --format markdown >> "$GITHUB_STEP_SUMMARY"',
    ]);
    expect(workflow.jobs.site).toBeUndefined();
  });

  it('--install, --site: the tool from elsewhere, and the Pages job', async () => {
    const spec = "/tmp/it's here/roadmap-governance-9.9.9.tgz";
    await runMain(['init', '--install', spec, '--site'], { cwd: dir, today: TODAY });
    const workflow = parse(read('.github', 'workflows', 'roadmap.yml')) as Workflow;
    expect(workflow.env.ROADMAP_TOOL).toBe(spec);
    const site = workflow.jobs.site!;
    expect(site.steps.map((step) => step.uses ?? step.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm install --global "$ROADMAP_TOOL"',
      'roadmap site --dir roadmap --out public',
      'actions/upload-pages-artifact@v3',
      'actions/deploy-pages@v4',
    ]);
    expect(site.if).toBe("github.event_name == 'push'");
  });

  it('--ci gitlab: the GitLab job with Code Quality and JUnit reports, GitLab’s own template and CODEOWNERS places', async () => {
    new GitRepo(dir);
    const result = await runMain(['init', '--ci', 'gitlab', '--site', '--lang', 'en', '--language', 'fr'], {
      cwd: dir,
      today: TODAY,
    });
    expect(result.stdout).toContain(
      '  2. After any change of maintainers, regenerate .gitlab/CODEOWNERS: roadmap owners > .gitlab/CODEOWNERS\n',
    );
    const files = filesUnder(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        '.gitlab-ci.yml',
        '.gitlab/CODEOWNERS',
        '.gitlab/merge_request_templates/Default.md',
        'docs/guide-partenaire.md',
      ]),
    );
    expect(files.some((file) => file.startsWith('.github/'))).toBe(false);
    const ci = parse(read('.gitlab-ci.yml')) as Record<
      string,
      {
        script: string[];
        variables?: Record<string, unknown>;
        artifacts: { reports?: Record<string, string>; paths?: string[] };
      }
    >;
    expect(ci.roadmap!.variables).toEqual({ GIT_DEPTH: 0 });
    expect(ci.roadmap!.artifacts.reports).toEqual({
      codequality: 'gl-code-quality-report.json',
      junit: 'roadmap-junit.xml',
    });
    expect(ci.roadmap!.script[0]).toBe('npm install --global "$ROADMAP_TOOL"');
    expect(ci.pages!.script).toEqual([
      'npm install --global "$ROADMAP_TOOL"',
      'roadmap site --dir roadmap --out public',
    ]);
    expect(ci.pages!.artifacts.paths).toEqual(['public']);
    // The CODEOWNERS is the one `owners` prints for this roadmap, under GitLab's name for it.
    const owners = await runMain(['owners', '--lang', 'fr'], { cwd: dir, today: TODAY });
    expect(codeownersRules(read('.gitlab', 'CODEOWNERS'))).toEqual(codeownersRules(owners.stdout));
  });

  it('writes a partner guide, template and README that speak of this partnership only', async () => {
    const title = 'Convention <b>Val</b> | d’Yerres';
    await runMain(['init', '--title', title], { cwd: dir, today: TODAY });
    const guide = read('docs', 'guide-partenaire.md');
    const readme = read('README.md');
    for (const text of [guide, readme, read('.github', 'pull_request_template.md')]) {
      expect(text).not.toMatch(/orly|val-de-marne|essonne|guichet|gosb|cci-|12 juin 2020/i);
    }
    expect(guide).toContain('convention « Convention \\<b\\>Val\\</b\\> \\| d’Yerres »');
    expect(guide).toContain('| Territoire chef de file | `territoire` | signataire |');
    expect(guide).toContain('`premier-engagement.md`');
    expect(guide).toContain('  - id: entreprises-accompagnees\n    measures:\n');
    expect(guide).toContain('> ❌ Le partenaire « territoir » n’existe pas');
    expect(guide).toContain('secrétariat du Comité de pilotage');
    expect(readme).toContain('(par exemple `commitments/premier-engagement.md`)');
    expect(readme).toContain(`npm install --global roadmap-governance@${VERSION}`);
  });

  it('writes markdown that markdownlint accepts, in both languages', async () => {
    for (const language of ['fr', 'en'] as const) {
      const folder = join(dir, language);
      await runMain(['init', folder, '--language', language], { cwd: dir, today: TODAY });
      const files = [
        language === 'fr' ? 'docs/guide-partenaire.md' : 'docs/partner-guide.md',
        'README.md',
        '.github/pull_request_template.md',
      ];
      const strings = Object.fromEntries(files.map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
      // Prose is wrapped by the reader, not the file; the template opens with its hidden instructions by design.
      const results = lint({ strings, config: { default: true, MD013: false } });
      const problems = Object.entries(results).flatMap(([file, errors]) =>
        errors
          .filter((error) => !(file.endsWith('pull_request_template.md') && error.ruleNames.includes('MD041')))
          .map((error) => `${file}:${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''}`),
      );
      expect(problems, language).toEqual([]);
    }
  });

  it('writes CODEOWNERS and editor settings as owners --write and schema would', async () => {
    new GitRepo(dir);
    await runMain(['init'], { cwd: dir, today: TODAY });
    const owners = await runMain(['owners', '--write', '--dry-run'], { cwd: dir, today: TODAY });
    expect(owners.stdout).toBe('.github/CODEOWNERS est à jour.\n');
    const schema = await runMain(['schema', '--dry-run'], { cwd: dir, today: TODAY });
    expect(schema.stdout).not.toContain('+++');
    expect(schema.stdout).toContain('Aucun changement');
  });

  it('warns when the folder is not the top of its git repository, where the host reads CI files', async () => {
    new GitRepo(dir);
    const result = await runMain(['init', 'sub', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Warning: ${join(dir, 'sub')} is not the top of the git repository (${dir}); the git host reads .github/workflows/roadmap.yml only at the top.\n`,
    );
  });

  it('refuses to overwrite anything, listing every file that exists, and writes nothing', async () => {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'CODEOWNERS'), '* @someone\n');
    writeFileSync(join(dir, 'README.md'), '# Ours\n');
    writeFileSync(join(dir, 'notes.txt'), 'kept\n');
    const result = await runMain(['init', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: init never overwrites a file, and these already exist: .github/CODEOWNERS, README.md. Nothing was written; move them or choose another folder.\n',
    );
    expect(filesUnder(dir)).toEqual(['.github/CODEOWNERS', 'README.md', 'notes.txt']);
  });

  it('refuses when a folder it needs is a file, naming it once', async () => {
    writeFileSync(join(dir, '.github'), 'not a folder\n');
    const result = await runMain(['init', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: init never overwrites a file, and these already exist: .github. Nothing was written; move them or choose another folder.\n',
    );
    expect(filesUnder(dir)).toEqual(['.github']);
  });

  it('sets up a folder that already holds other files (an existing repository)', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'kept\n');
    const result = await runMain(['init'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(read('notes.txt')).toBe('kept\n');
  });

  it('refuses a path that is a file, and bad flags, in one line', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(await runMain(['init', 'file', '--lang', 'en'], { cwd: dir, today: TODAY })).toMatchObject({
      code: 2,
      stderr: 'roadmap: file exists and is not a folder. Nothing was written.\n',
    });
    expect(await runMain(['init', '--ci', 'gitea'], { cwd: dir, today: TODAY })).toMatchObject({
      code: 2,
      stderr: 'roadmap: --ci attend github ou gitlab, pas « gitea ».\n',
    });
    expect(
      await runMain(['init', '--signed-on', '2026-02-30', '--lang', 'en'], { cwd: dir, today: TODAY }),
    ).toMatchObject({
      code: 2,
      stderr: 'roadmap: --signed-on: "2026-02-30" is not a valid date (that month has only 28 days).\n',
    });
    expect((await runMain(['init', '--install', 'x\ny'], { cwd: dir, today: TODAY })).code).toBe(2);
    expect(filesUnder(dir)).toEqual(['file']);
  });

  it('shows every file with --dry-run and creates nothing', async () => {
    const result = await runMain(['init', 'preview', '--dry-run'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    for (const file of [
      'preview/roadmap/partners/territoire.yaml',
      'preview/.github/workflows/roadmap.yml',
      'preview/docs/guide-partenaire.md',
      'preview/README.md',
      'preview/.vscode/settings.json',
    ]) {
      expect(result.stdout).toContain(`--- /dev/null\n+++ b/${file}\n`);
    }
    expect(existsSync(join(dir, 'preview'))).toBe(false);
  });

  it('init then validate on the real clock, each from its working folder', async () => {
    const init = await runMain(['init', 'bin-repo'], { cwd: dir });
    assertNoCrash(init);
    expect(init.code).toBe(0);
    const validate = await runMain(['validate'], { cwd: join(dir, 'bin-repo') });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
  });
});
