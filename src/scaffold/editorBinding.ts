/**
 * What binds the roadmap's JSON Schemas to its files in an editor: the
 * `yaml.schemas` setting of the YAML extension (VS Code, web IDEs built on
 * it) for the `.yaml` files, and the yaml-language-server modeline for the
 * front matter of the `.md` files, which no glob setting reaches.
 */
import { LAYOUT } from '../read/layout.js';
import type { EntityKind } from '../model/types.js';

/** Where `roadmap schema` puts the schemas, from the folder it writes to. */
export const SCHEMA_FOLDER = 'schemas';

/**
 * `{ "./schemas/partner.schema.json": ["roadmap/partners/*.yaml"], … }`:
 * schema paths and globs relative to the workspace folder (`--out`).
 * `roadmapPath` is the roadmap folder from there, `''` when it is the workspace itself.
 */
export function yamlSchemasSetting(roadmapPath: string): Record<string, string[]> {
  const setting: Record<string, string[]> = {};
  for (const layout of LAYOUT) {
    if (layout.extension !== '.yaml') continue;
    const file = layout.folder === '' ? `${layout.kind}.yaml` : `${layout.folder}/*.yaml`;
    setting[`./${SCHEMA_FOLDER}/${layout.kind}.schema.json`] = [roadmapPath === '' ? file : `${roadmapPath}/${file}`];
  }
  return setting;
}

/** The comment to put as the first line of a `.md` file's front matter, with the schema's path from that file. */
export function modeline(kind: EntityKind, schemaFromEntity: string): string {
  return `# yaml-language-server: $schema=${schemaFromEntity}/${kind}.schema.json`;
}

export const FRONT_MATTER_KINDS: readonly EntityKind[] = LAYOUT.filter((layout) => layout.extension === '.md').map(
  (layout) => layout.kind,
);

/**
 * The editor settings with `yaml.schemas` merged in: other settings and other
 * schema bindings are kept; undefined when the file is not plain JSON (VS Code
 * tolerates comments, JSON.parse does not), so it is never half-rewritten.
 */
export function mergeSettings(existing: string | undefined, yamlSchemas: Record<string, string[]>): string | undefined {
  let settings: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim() !== '') {
    try {
      const parsed = JSON.parse(existing) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      settings = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const current = settings['yaml.schemas'];
  const others =
    current !== null && typeof current === 'object' && !Array.isArray(current)
      ? (current as Record<string, unknown>)
      : {};
  return `${JSON.stringify({ ...settings, 'yaml.schemas': { ...others, ...yamlSchemas } }, null, 2)}\n`;
}
