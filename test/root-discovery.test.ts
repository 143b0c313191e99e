/**
 * Commands run without --dir find their roadmap from any folder inside its
 * repository, and say plainly when there is none, instead of reporting on a
 * convention.yaml that does not exist.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('root-')));
afterEach(() => cleanup());

const validate = (cwd: string, extra: string[] = [], env: Record<string, string> = {}) =>
  runMain(['validate', '--format', 'json', '--as-of', TODAY, ...extra], { cwd, today: TODAY, env });

describe('finding the roadmap without --dir', () => {
  it('finds roadmap/ from the repository top and from a folder deep inside the roadmap', async () => {
    mkdirSync(join(dir, '.git'));
    const root = roadmapFrom(dir);
    for (const cwd of [dir, root, join(root, 'commitments')]) {
      const result = await validate(cwd);
      expect(result.stderr, cwd).toBe('');
      expect(JSON.parse(result.stdout).errors, cwd).toBe(0);
      expect(result.code, cwd).toBe(0);
    }
  });

  it('finds a roadmap folder that is itself the repository top, from one of its folders', async () => {
    const root = roadmapFrom(dir);
    writeFileSync(join(root, '.git'), 'gitdir: elsewhere\n'); // a worktree's .git is a file
    const result = await runMain(['report', '--format', 'json', '--as-of', TODAY], {
      cwd: join(root, 'meetings'),
      today: TODAY,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).asOf).toBe(TODAY);
  });

  it('stops at the top of the git repository: a roadmap above it is not this repository’s', async () => {
    roadmapFrom(dir);
    const inner = join(dir, 'other-project');
    mkdirSync(join(inner, '.git'), { recursive: true });
    mkdirSync(join(inner, 'src'));
    const result = await validate(join(inner, 'src'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `roadmap: No roadmap found: no convention.yaml or roadmap/convention.yaml in ${join(inner, 'src')} or the folders above it up to the top of the git repository (${inner}). Name the folder with --dir <folder>, or create one with roadmap init.\n`,
    );
  });

  it('says in one line what it looked for, in English by default and in French from the locale or --lang', async () => {
    const english = await validate(dir);
    expect(english.code).toBe(2);
    expect(english.stderr).toBe(
      `roadmap: No roadmap found: no convention.yaml or roadmap/convention.yaml in ${dir} or the folders above it. Name the folder with --dir <folder>, or create one with roadmap init.\n`,
    );
    const french = `roadmap: Aucune feuille de route trouvée : ni convention.yaml ni roadmap/convention.yaml dans ${dir} ou ses dossiers parents. Indiquez le dossier avec --dir <dossier>, ou créez-en une avec roadmap init.\n`;
    expect((await validate(dir, [], { LANG: 'fr_FR.UTF-8' })).stderr).toBe(french);
    expect((await validate(dir, [], { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).stderr).toBe(french);
    expect((await validate(dir, ['--lang', 'fr'], { LANG: 'en_GB.UTF-8' })).stderr).toBe(french);
    for (const command of [['report'], ['actions'], ['owners'], ['brief'], ['calendar'], ['diff', 'HEAD']]) {
      const result = await runMain(command, { cwd: dir, today: TODAY });
      expect(result.code, command[0]).toBe(2);
      expect(result.stderr, command[0]).toMatch(/^roadmap: No roadmap found: .*roadmap init\.\n$/);
    }
  });

  it('takes --dir naming the repository top as discovery does: its roadmap/ folder, not its own folders', async () => {
    mkdirSync(join(dir, '.git'));
    roadmapFrom(dir);
    mkdirSync(join(dir, 'docs'));
    const result = await validate(join(dir, 'docs'), ['--dir', dir]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it('refuses a --dir that does not exist or is a file, in the user’s language', async () => {
    writeFileSync(join(dir, 'file'), '');
    expect(await validate(dir, ['--dir', 'nowhere'])).toMatchObject({
      code: 2,
      stderr: 'roadmap: --dir nowhere: no such folder.\n',
    });
    expect(await validate(dir, ['--dir', 'file', '--lang', 'fr'])).toMatchObject({
      code: 2,
      stderr: 'roadmap: --dir file : ce n’est pas un dossier.\n',
    });
  });
});
