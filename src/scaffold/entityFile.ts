/**
 * The text of a new entity file: YAML rendered by the yaml library (so a
 * title such as `Oui: non` or `no` is quoted as needed, never injected), in
 * front matter for the `.md` kinds, at the path read/layout.ts gives it.
 */
import { stringify } from 'yaml';
import { LAYOUT } from '../read/layout.js';
import type { EntityKind } from '../model/types.js';

export interface NewFile {
  rel: string;
  text: string;
}

export function entityFile(kind: EntityKind, data: Record<string, unknown>, body = ''): NewFile {
  const layout = LAYOUT.find((candidate) => candidate.kind === kind)!;
  const yaml = stringify(data, { version: '1.2', lineWidth: 0 });
  const rel =
    layout.folder === '' ? `${kind}${layout.extension}` : `${layout.folder}/${String(data.id)}${layout.extension}`;
  return { rel, text: layout.extension === '.md' ? `---\n${yaml}---\n${body}` : yaml };
}
