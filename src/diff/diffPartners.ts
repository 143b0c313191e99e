import type { Entity, Partner } from '../model/types.js';
import { descriptionChanged } from './descriptionChanged.js';
import { diffFields } from './diffFields.js';
import { pairById } from './pairById.js';
import type { GenericChange, PartnerChange, Subject } from './types.js';

const NAMED = new Set(['id']);

/** Partners who joined (a new file) or left (a removed file, or a `left_on` newly set), and every other field. */
export function diffPartners(
  before: readonly Entity<Partner>[],
  after: readonly Entity<Partner>[],
): Subject<PartnerChange>[] {
  const subjects: Subject<PartnerChange>[] = [];
  for (const pair of pairById(before, after, (entity) => entity.data.id)) {
    const changes: PartnerChange[] = [];
    if (!pair.before)
      changes.push({ kind: 'joined', role: pair.after!.data.role, on: pair.after!.data.joined_on ?? null });
    else if (!pair.after) changes.push({ kind: 'left', on: pair.before.data.left_on ?? null });
    else {
      for (const change of diffFields(pair.before.data, pair.after.data, NAMED)) {
        if (
          change.kind === 'field' &&
          change.field === 'left_on' &&
          change.before === null &&
          typeof change.after === 'string'
        ) {
          changes.push({ kind: 'left', on: change.after });
        } else changes.push(change as GenericChange);
      }
      changes.push(...descriptionChanged(pair.before.body, pair.after.body));
    }
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.data.name, changes });
  }
  return subjects;
}
