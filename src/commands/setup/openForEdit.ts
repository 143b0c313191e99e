/**
 * The opening shared by `edit partner|axis|meeting` and `remove`/`rename`:
 * the roadmap read and checked, then the named entity's file; a file that is
 * there but does not load stops the command with the roadmap's problems.
 */
import { EXIT, type Io } from '../../io/io.js';
import type { EntityKind } from '../../read/layout.js';
import { openRoadmap, refuseInvalid, type OpenedRoadmap } from '../opening/openRoadmap.js';
import { resolveRoadmapFlags } from '../opening/roadmapFolder.js';
import { findEntity, type Found } from './findEntity.js';

export type Opened<T> = { opened: OpenedRoadmap; found: Exclude<Found<T>, { broken: true }> } | { code: number };

export async function openForEdit<T>(
  io: Io,
  options: Record<string, unknown>,
  kind: EntityKind,
  id: string,
): Promise<Opened<T>> {
  return findForEdit<T>(io, openRoadmap(io, resolveRoadmapFlags(io, options)), kind, id);
}

/** The same, in a roadmap already opened (by roadmapCommand, refusing nothing). */
export async function findForEdit<T>(io: Io, opened: OpenedRoadmap, kind: EntityKind, id: string): Promise<Opened<T>> {
  const found = findEntity<T>(opened, kind, id);
  if ('broken' in found) {
    await refuseInvalid(io, opened);
    return { code: EXIT.invalid };
  }
  return { opened, found };
}
