/**
 * The lookup shared by `edit partner|axis|meeting|convention` and `remove`/`rename`:
 * the named entity's file in the roadmap roadmapCommand opened; a file that is
 * there but does not load stops the command with the roadmap's problems.
 */
import { EXIT, type Io } from '../../io/io.js';
import type { EntityKind } from '../../read/layout.js';
import { refuseInvalid, type OpenedRoadmap } from '../opening/openRoadmap.js';
import { findEntity, type Found } from './findEntity.js';

export type Opened<T> = { opened: OpenedRoadmap; found: Exclude<Found<T>, { broken: true }> } | { code: number };

/** The named entity in a roadmap opened by roadmapCommand (refusing nothing); a broken file stops the command with the roadmap's problems. */
export async function findForEdit<T>(io: Io, opened: OpenedRoadmap, kind: EntityKind, id: string): Promise<Opened<T>> {
  const found = findEntity<T>(opened, kind, id);
  if ('broken' in found) {
    await refuseInvalid(io, opened);
    return { code: EXIT.invalid };
  }
  return { opened, found };
}
