/**
 * The file of an entity named on the command line (`edit partner cma`,
 * `remove axis x`, `rename partner a b`): found by kind and id, or a usage
 * error with the nearest id; a file that is there but does not load makes
 * the command print its problems and stop (exit 1), as every command does
 * on an invalid roadmap.
 */
import type { Entity, Roadmap } from '../../model/types.js';
import type { RawFile } from '../../read/readFolder.js';
import { LAYOUT, type EntityKind } from '../../read/layout.js';
import { closestMatch } from '../../util/closestMatch.js';
import { echoArgument } from '../../util/echoArgument.js';
import type { OpenedRoadmap } from '../opening/openRoadmap.js';
import { setupMessage } from '../../i18n/setupMessages.js';
import { setupError } from './setupFlags.js';

export type IdKind = Exclude<EntityKind, 'convention'>;
export const ID_KINDS: readonly IdKind[] = ['partner', 'axis', 'commitment', 'meeting'];

export function relOf(kind: EntityKind, id: string): string {
  const layout = LAYOUT.find((candidate) => candidate.kind === kind)!;
  return layout.folder === '' ? `${kind}${layout.extension}` : `${layout.folder}/${id}${layout.extension}`;
}

export function entitiesOf(roadmap: Roadmap, kind: EntityKind): readonly Entity<unknown>[] {
  switch (kind) {
    case 'convention':
      return roadmap.convention ? [roadmap.convention] : [];
    case 'partner':
      return roadmap.partners;
    case 'axis':
      return roadmap.axes;
    case 'commitment':
      return roadmap.commitments;
    case 'meeting':
      return roadmap.meetings;
  }
}

export type Found<T> = { entity: Entity<T>; file: RawFile } | { broken: true };

export function findEntity<T>(opened: OpenedRoadmap, kind: EntityKind, id: string): Found<T> {
  const rel = relOf(kind, id);
  const entity = entitiesOf(opened.loaded.roadmap, kind).find((candidate) => candidate.file === rel) as
    | Entity<T>
    | undefined;
  const file = opened.files.find((candidate) => candidate.rel === rel);
  if (entity && file) return { entity, file };
  if (opened.loaded.diagnostics.some((diagnostic) => diagnostic.file === rel)) return { broken: true };
  const lang = opened.lang;
  if (kind === 'convention') throw setupError(lang, 'edit/no-convention', { folder: opened.label });
  const ids = [...opened.loaded.known[kind]];
  const guess = closestMatch(id, ids) ?? (id ? ids.find((candidate) => candidate.startsWith(id)) : undefined);
  throw setupError(lang, 'edit/unknown-id', {
    kind: setupMessage(`kind/${kind}`, lang),
    id: echoArgument(id),
    suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
  });
}

export function requireKind(value: string | undefined, lang: Parameters<typeof setupError>[0]): IdKind {
  if ((ID_KINDS as readonly string[]).includes(value ?? '')) return value as IdKind;
  const guess = closestMatch(value ?? '', [...ID_KINDS]);
  throw setupError(lang, 'edit/unknown-kind', {
    kind: echoArgument(value ?? ''),
    suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
  });
}
