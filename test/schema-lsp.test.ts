/**
 * The schemas as a partner meets them in VS Code: `roadmap schema` writes
 * them with `.vscode/settings.json`, and yaml-language-server (the YAML
 * extension's server) is driven over LSP with those settings. Hover shows
 * each field's own French title and explanation (never a shared definition's
 * generic one), completion offers the fields with their explanations, and a
 * malformed value gets the French message of the schema, not a regular
 * expression. Front matter of `.md` files is checked through the same
 * schemas bound to YAML copies of it (VS Code's YAML extension does not open
 * markdown files; see docs/reference/editing.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { YamlLanguageServer } from './helpers/yamlLanguageServer.js';

const PARTNER = [
  'id: cci',
  'name: Chambre de commerce et d’industrie',
  'short_name: CCI',
  'kind: chambre',
  'role: signatory',
  'joined_on: 2018-02-30x',
  'maintainers: ["@test/cci"]',
  'contacts:',
  '  - name: Marie Dupont',
  '    email: marie.dupont',
  '',
].join('\n');

const CONVENTION_EXTRA = 'repository:\n  url: http://forge.example/depot\n';

/** Front matter of a meeting and a commitment, as the editor would see it once bound. */
const MEETING = [
  'id: comite-2019-03-14',
  'title: Comité territorial',
  'date: 2019-03-14',
  'time: "9h30"',
  'end_time: "12:00"',
  'kind: committee',
  'status: held',
  'attendees:',
  '  - partner: cci',
  '    present: false',
  '    excused: true',
  '',
].join('\n');

const COMMITMENT = [
  'id: guichet',
  'title: Guichet unique',
  'axis: gouvernance',
  'lead: cci',
  'status: in_progress',
  'start: 2018-09-01',
  'due: 2020-06-30',
  'updates:',
  '  - date: 2019-07-01',
  '    text: Report validé en comité',
  '    due: 2020-12-31',
  '    previous_due: 2020-06-30',
  '    decision: d-2019-07-01',
  '',
].join('\n');

describe('the schemas in VS Code’s YAML language server', () => {
  const { dir, cleanup } = tempDir('schema-lsp-');
  let server: YamlLanguageServer;
  const uris: Record<string, string> = {};
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    const root = roadmapFrom(dir);
    const written = await runMain(['schema', '--dir', root], { cwd: dir, today: '2026-11-25' });
    expect(written.code, written.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    // The front matter of .md files, as YAML files the same schemas are bound to.
    const schemas = {
      ...settings['yaml.schemas'],
      './schemas/meeting.schema.json': ['front-matter/meeting.yaml'],
      './schemas/commitment.schema.json': ['front-matter/commitment.yaml'],
    };
    server = await YamlLanguageServer.start(dir, {
      schemas,
      validate: true,
      hover: true,
      completion: true,
      schemaStore: { enable: false },
    });
    const files = {
      partner: [join(root, 'partners', 'cci.yaml'), PARTNER],
      convention: [
        join(root, 'convention.yaml'),
        readFileSync(join(root, 'convention.yaml'), 'utf8') + CONVENTION_EXTRA,
      ],
      meeting: [join(dir, 'front-matter', 'meeting.yaml'), MEETING],
      commitment: [join(dir, 'front-matter', 'commitment.yaml'), COMMITMENT],
    } as const;
    for (const [name, [path, text]] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      texts[name] = text;
      uris[name] = server.open(path, text);
    }
    // Published diagnostics mean the server has read the document and its schema.
    for (const uri of Object.values(uris)) await server.diagnosticsOf(uri);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    cleanup();
  });

  /** Hover on the key of the first line starting with `key`. */
  async function hoverOn(file: string, key: string): Promise<string> {
    const lines = texts[file]!.split('\n');
    const line = lines.findIndex(
      (candidate) => candidate.trimStart().startsWith(`${key}:`) || candidate.trimStart().startsWith(`- ${key}:`),
    );
    expect(line, `${key} in ${file}`).toBeGreaterThanOrEqual(0);
    return server.hover(uris[file]!, line, lines[line]!.indexOf(key) + 1);
  }

  /** The field's own title and description, read from the schema file. */
  function ownField(kind: string, path: string[]): { title: string; description: string } {
    let node = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as {
      properties?: Record<string, unknown>;
      items?: unknown;
      title?: string;
      description?: string;
    };
    for (const key of path) node = (key === '[]' ? node.items : node.properties![key]) as typeof node;
    return { title: node.title!, description: node.description! };
  }
  const ownTitle = (kind: string, path: string[]): string => ownField(kind, path).title;

  /** What the shared definitions used to say, and must never say again in place of a field's own words. */
  const GENERIC = ['Texte court', 'Référence', 'Date', 'Heure', 'Identifiant', 'Nom', 'Titre', 'Texte'];

  it.each([
    ['partner', 'short_name', 'partner', ['short_name']],
    ['partner', 'joined_on', 'partner', ['joined_on']],
    ['partner', 'contacts', 'partner', ['contacts']],
    ['partner', 'email', 'partner', ['contacts', '[]', 'email']],
    ['convention', 'signed_on', 'convention', ['signed_on']],
    ['convention', 'chair', 'convention', ['committee', 'chair']],
    ['convention', 'repository', 'convention', ['repository']],
    ['meeting', 'time', 'meeting', ['time']],
    ['meeting', 'end_time', 'meeting', ['end_time']],
    ['meeting', 'excused', 'meeting', ['attendees', '[]', 'excused']],
    ['commitment', 'lead', 'commitment', ['lead']],
    ['commitment', 'previous_due', 'commitment', ['updates', '[]', 'previous_due']],
    ['commitment', 'decision', 'commitment', ['updates', '[]', 'decision']],
  ])('%s: hover on %s shows the field’s own French title and explanation', async (file, key, kind, path) => {
    const title = ownTitle(kind as string, path as string[]);
    expect(GENERIC).not.toContain(title);
    const hover = await hoverOn(file as string, key as string);
    expect(hover.split('\n')[0]).toBe(`#### ${title}`);
    expect(hover.length).toBeGreaterThan(title.length + 40);
  });

  it('completion offers the partner fields with their French explanation', async () => {
    const lines = texts.partner!.split('\n');
    const items = await server.completion(uris.partner!, lines.length - 1, 0);
    const kind = items.find((item) => item.label === 'kind');
    const leftOn = items.find((item) => item.label === 'left_on');
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['left_on', 'representative']));
    const documentation = (item: typeof kind) =>
      typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? '');
    expect(documentation(leftOn)).toContain(ownField('partner', ['left_on']).description.slice(0, 40));
    expect(kind).toBeUndefined(); // already in the file
  });

  it('a malformed date, e-mail, time, address or fixed value gets the schema’s French message, never a regular expression', async () => {
    const messages = async (file: string) =>
      (await server.diagnosticsOf(uris[file]!)).map(
        (diagnostic) => `${diagnostic.range.start.line}: ${diagnostic.message}`,
      );
    const partner = await messages('partner');
    expect(partner).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^5: Écrivez une date réelle au format AAAA-MM-JJ/),
        expect.stringMatching(/^9: Écrivez une adresse électronique complète/),
        expect.stringMatching(/^3: Choisissez une des valeurs permises : territory \(Territoire/),
      ]),
    );
    expect(await messages('meeting')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^3: Écrivez une heure au format HH:MM/)]),
    );
    const convention = await messages('convention');
    expect(convention).toEqual(
      expect.arrayContaining([expect.stringMatching(/Écrivez l'adresse https de la page du dépôt/)]),
    );
    for (const message of [...partner, ...convention]) expect(message).not.toMatch(/\^|\$\)|\\d|pattern/);
  });

  it('a valid commitment front matter, new journal fields included, gets no diagnostic', async () => {
    expect(await server.diagnosticsOf(uris.commitment!)).toEqual([]);
  });
});
