import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, assertNoCrash, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';
import { buildBin } from './helpers/buildBin.js';

beforeAll(buildBin, 120_000);

const TODAY = '2026-11-25';
const SCHEMAS = ['axis', 'commitment', 'common', 'convention', 'meeting', 'partner'].map(
  (name) => `${name}.schema.json`,
);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('schema-'));
  roadmapFrom(dir);
});
afterEach(() => cleanup());

const EXPECTED_SETTINGS = {
  'yaml.schemas': {
    './schemas/convention.schema.json': ['roadmap/convention.yaml'],
    './schemas/partner.schema.json': ['roadmap/partners/*.yaml'],
  },
};

describe('schema', () => {
  it('writes the schemas validate uses and the VS Code settings that bind them', async () => {
    const result = await runMain(['schema'], { cwd: dir, today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(SCHEMAS);
    for (const name of SCHEMAS)
      expect(readFileSync(join(dir, 'schemas', name)), name).toEqual(readFileSync(join(ROOT, 'schemas', name)));
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'))).toEqual(EXPECTED_SETTINGS);
    expect(result.stdout).toContain(
      [
        'Écrit : .vscode/settings.json',
        '',
        'Les fichiers .yaml (convention, partenaires) ont maintenant le survol, la complétion et les messages en français dans VS Code et github.dev. ' +
          'L’en-tête des fichiers .md (axes, engagements, réunions) n’en a pas : l’extension YAML n’ouvre pas les fichiers markdown, et aucune ligne ajoutée n’y change rien. ' +
          'Pour ces fichiers, l’aide est la vérification de la demande de fusion (annotations sur les lignes, résumé en français), `roadmap explain <règle>` et le guide du partenaire, qui reprend la description de chaque champ. ' +
          'Les éditeurs qui confient l’en-tête à yaml-language-server (configurés à la main) lisent cette ligne, à mettre juste après le premier --- :',
        '  axes/*.md  # yaml-language-server: $schema=../../schemas/axis.schema.json',
        '  commitments/*.md  # yaml-language-server: $schema=../../schemas/commitment.schema.json',
        '  meetings/*.md  # yaml-language-server: $schema=../../schemas/meeting.schema.json',
        '',
      ].join('\n'),
    );
  });

  it('binds paths that exist: each schema file, and files matching each glob', async () => {
    await runMain(['schema'], { cwd: dir, today: TODAY });
    const settings = JSON.parse(
      readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'),
    ) as typeof EXPECTED_SETTINGS;
    for (const [schema, globs] of Object.entries(settings['yaml.schemas'])) {
      expect(existsSync(join(dir, schema)), schema).toBe(true);
      for (const glob of globs) {
        const [folder, pattern] = glob.includes('*')
          ? [glob.slice(0, glob.lastIndexOf('/')), /\.yaml$/]
          : [glob, undefined];
        const matches = pattern
          ? readdirSync(join(dir, folder)).filter((name) => pattern.test(name))
          : [folder].filter((path) => existsSync(join(dir, path)));
        expect(matches.length, glob).toBeGreaterThan(0);
      }
    }
  });

  it('a modeline in front matter leaves the file valid', async () => {
    const path = join(dir, 'roadmap', 'commitments', 'reglement.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        /^---\n/,
        '---\n# yaml-language-server: $schema=../../schemas/commitment.schema.json\n',
      ),
    );
    const result = await runMain(['validate', '--dir', join(dir, 'roadmap'), '--format', 'json', '--as-of', TODAY], {
      today: TODAY,
    });
    expect(JSON.parse(result.stdout).errors).toBe(0);
  });

  it('keeps the other settings and bindings of an existing settings file', async () => {
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(
      join(dir, '.vscode', 'settings.json'),
      '{"editor.tabSize": 4, "yaml.schemas": {"other.json": ["x.yaml"]}}',
    );
    const result = await runMain(['schema', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'))).toEqual({
      'editor.tabSize': 4,
      'yaml.schemas': { 'other.json': ['x.yaml'], ...EXPECTED_SETTINGS['yaml.schemas'] },
    });
  });

  it('leaves a settings file with comments alone and prints what to add', async () => {
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '// team settings\n{}\n');
    const result = await runMain(['schema', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'roadmap: .vscode/settings.json is not strict JSON (comments?): it was left as is. Add this yourself:\n{\n  "yaml.schemas": {',
    );
    expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('// team settings\n{}\n');
    expect(existsSync(join(dir, 'schemas'))).toBe(false);
  });

  it('says so when everything is already up to date', async () => {
    await runMain(['schema', '--lang', 'en'], { cwd: dir, today: TODAY });
    const again = await runMain(['schema', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe('No change: schemas is already up to date.');
  });

  it('never overwrites a schema file it did not make', async () => {
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas', 'common.schema.json'), '{"$id": "https://example.org/mine.json"}');
    const result = await runMain(['schema', '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: schemas/common.schema.json exists and was not made by roadmap: it will not be overwritten. Nothing was written.\n',
    );
    expect(readdirSync(join(dir, 'schemas'))).toEqual(['common.schema.json']);
  });

  it('writes to --out, with globs from there to the roadmap, and nothing with --dry-run', async () => {
    const inside = join(dir, 'roadmap');
    const preview = await runMain(['schema', '--dir', '.', '--out', '..', '--dry-run'], { cwd: inside, today: TODAY });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('+++ b/../.vscode/settings.json\n');
    expect(existsSync(join(dir, '.vscode'))).toBe(false);
    const result = await runMain(['schema', '--dir', '.', '--out', '..'], { cwd: inside, today: TODAY });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'))).toEqual(EXPECTED_SETTINGS);
  });

  it('runs through the real bin', () => {
    const result = runBin(['schema'], { cwd: dir });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'))).toEqual(EXPECTED_SETTINGS);
  });
});
