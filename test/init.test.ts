import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCrash, runBin, runMain, tempDir } from './helpers/cli.js';
import { buildBin } from './helpers/buildBin.js';

beforeAll(buildBin, 120_000);

const TODAY = '2026-11-25';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('init-')));
afterEach(() => cleanup());

function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(root, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]).sort();
}

describe('init', () => {
  it('creates a skeleton that validate accepts without a single warning', async () => {
    const result = await runMain(['init', 'gouvernance'], { cwd: dir, today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(filesUnder(join(dir, 'gouvernance'))).toEqual([
      '.github/pull_request_template.md',
      '.github/workflows/roadmap.yml',
      'axes/axe-1.md',
      'convention.yaml',
      'docs/guide-partenaire.md',
      'meetings/comite-de-pilotage-2027-02-23.md',
      'partners/territoire.yaml',
    ]);
    expect(readFileSync(join(dir, 'gouvernance', 'convention.yaml'), 'utf8')).toBe([
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
    ].join('\n'));
    const validate = await runMain(['validate', '--dir', join(dir, 'gouvernance'), '--format', 'json', '--as-of', TODAY], { today: TODAY });
    expect(JSON.parse(validate.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(validate.code).toBe(0);
  });

  it('writes a CI workflow that runs validate with GitHub annotations on pull requests', async () => {
    await runMain(['init', 'sub/roadmap'], { cwd: dir, today: TODAY });
    const workflow = parse(readFileSync(join(dir, 'sub', 'roadmap', '.github', 'workflows', 'roadmap.yml'), 'utf8')) as {
      on: { pull_request: { paths: string[] } };
      jobs: { validate: { steps: { run?: string }[] } };
    };
    expect(workflow.on.pull_request.paths).toEqual(['sub/roadmap/**']);
    expect(workflow.jobs.validate.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm install --global "$ROADMAP_TOOL"',
      'roadmap validate --dir "sub/roadmap" --format github',
    ]);
  });

  it('speaks English with --lang en, ids included', async () => {
    const result = await runMain(['init', 'rm', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(filesUnder(join(dir, 'rm'))).toEqual([
      '.github/pull_request_template.md',
      '.github/workflows/roadmap.yml',
      'axes/axis-1.md',
      'convention.yaml',
      'docs/guide-partenaire.md',
      'meetings/steering-committee-2027-02-23.md',
      'partners/territory.yaml',
    ]);
    expect(result.stdout).toContain('Skeleton created in rm. Check it: roadmap validate --dir rm\n');
  });

  it('accepts an empty folder', async () => {
    mkdirSync(join(dir, 'empty'));
    const result = await runMain(['init', 'empty'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'empty', 'convention.yaml'))).toBe(true);
  });

  it('refuses a folder with anything in it, and writes nothing', async () => {
    mkdirSync(join(dir, 'busy'));
    writeFileSync(join(dir, 'busy', '.keep'), '');
    const result = await runMain(['init', 'busy'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: busy n’est pas vide : init ne crée un squelette que dans un dossier vide ou absent. Rien n’a été écrit.\n');
    expect(readdirSync(join(dir, 'busy'))).toEqual(['.keep']);
  });

  it('refuses a path that is a file', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    const result = await runMain(['init', 'file', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('roadmap: file exists and is not a folder. Nothing was written.\n');
  });

  it('prints the files with --dry-run and creates nothing', async () => {
    const result = await runMain(['init', 'preview', '--dry-run'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- /dev/null\n+++ b/preview/partners/territoire.yaml\n@@ -0,0 +1,9 @@\n');
    expect(existsSync(join(dir, 'preview'))).toBe(false);
  });

  it('init then validate through the real bin', () => {
    const init = runBin(['init', 'bin-roadmap'], { cwd: dir });
    assertNoCrash(init);
    expect(init.code).toBe(0);
    const validate = runBin(['validate', '--dir', 'bin-roadmap'], { cwd: dir });
    expect(validate.code).toBe(0);
  });
});
