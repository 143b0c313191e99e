/** Where each kind of entity lives in a roadmap folder. */

export type EntityKind = 'convention' | 'partner' | 'axis' | 'commitment' | 'meeting';

export interface KindLayout {
  kind: EntityKind;
  /** Sub-folder, or '' for the convention at the top. */
  folder: string;
  extension: '.yaml' | '.md';
}

export const CONVENTION_FILE = 'convention.yaml';

/** Images the documents and the site show (the convention's logos); never read as entities. */
export const ASSETS_FOLDER = 'assets';

export const LAYOUT: readonly KindLayout[] = [
  { kind: 'convention', folder: '', extension: '.yaml' },
  { kind: 'partner', folder: 'partners', extension: '.yaml' },
  { kind: 'axis', folder: 'axes', extension: '.md' },
  { kind: 'commitment', folder: 'commitments', extension: '.md' },
  { kind: 'meeting', folder: 'meetings', extension: '.md' },
];

export const ENTITY_FOLDERS = LAYOUT.filter((layout) => layout.folder !== '');

/** The kind of entity a roadmap-relative path holds, or undefined when it is no entity file. */
export function kindOf(rel: string): EntityKind | undefined {
  if (rel === CONVENTION_FILE) return 'convention';
  const slash = rel.indexOf('/');
  if (slash === -1 || rel.indexOf('/', slash + 1) !== -1) return undefined;
  const folder = rel.slice(0, slash);
  const layout = ENTITY_FOLDERS.find((candidate) => candidate.folder === folder);
  return layout && rel.endsWith(layout.extension) ? layout.kind : undefined;
}

/** The file name without folder and extension: the id the file must carry. */
export function stemOf(rel: string): string {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
