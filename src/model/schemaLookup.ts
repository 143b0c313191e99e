/**
 * Reads the JSON Schemas as documentation: the French and English title of a
 * field, its examples, its allowed values and their labels. Schema errors use
 * it to speak of `status (État de l’engagement)` rather than of `/status`.
 * Pure: it is given the parsed schema files.
 */
import type { Segment } from '../diagnostics/diagnostic.js';
import type { Text } from '../i18n/lang.js';

export type SchemaNode = Record<string, unknown>;

export class SchemaLookup {
  constructor(private readonly schemas: ReadonlyMap<string, SchemaNode>) {}

  /** The schema of the value at `path` in a file of `kind`, its `$ref`s merged in (the referring node wins). */
  nodeAt(kind: string, path: readonly Segment[]): SchemaNode | undefined {
    let file = `${kind}.schema.json`;
    let node = this.resolve(this.schemas.get(file), file);
    for (const segment of path) {
      if (!node) return undefined;
      const child =
        typeof segment === 'number' ? node.items : (node.properties as Record<string, unknown> | undefined)?.[segment];
      if (child === undefined || child === null || typeof child !== 'object') return undefined;
      file = (node['x-file'] as string | undefined) ?? file;
      node = this.resolve(child as SchemaNode, file);
    }
    return node;
  }

  /** `{ fr: 'État de l’engagement', en: 'Commitment status' }`, when the schema names the field. */
  titleAt(kind: string, path: readonly Segment[]): Text | undefined {
    const node = this.nodeAt(kind, path);
    const fr = node?.title;
    if (typeof fr !== 'string') return undefined;
    const en = node?.['x-title-en'];
    // Messages use the typographic apostrophe; the schemas keep the one editors type.
    return { fr: fr.replace(/'/g, '’'), en: typeof en === 'string' ? en : fr };
  }

  private resolve(node: SchemaNode | undefined, file: string, depth = 0): SchemaNode | undefined {
    if (!node) return undefined;
    const ref = node.$ref;
    if (typeof ref !== 'string' || depth > 10) return { ...node, 'x-file': file };
    const [refFile, pointer = ''] = ref.split('#');
    const targetFile = refFile || file;
    let target: unknown = this.schemas.get(targetFile);
    for (const part of pointer.split('/').filter(Boolean)) target = (target as SchemaNode | undefined)?.[part];
    const resolved = this.resolve(target as SchemaNode | undefined, targetFile, depth + 1);
    const { $ref: _ref, ...own } = node;
    // Sub-schemas below a $ref resolve their own `#/…` refs in the file they come from.
    return { ...resolved, ...own, 'x-file': resolved?.['x-file'] ?? targetFile };
  }
}
