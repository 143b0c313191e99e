import type { Axis, Entity } from '../model/types.js';
import { descriptionChanged } from './descriptionChanged.js';
import { diffFields } from './diffFields.js';
import { pairById } from './pairById.js';
import type { AxisChange, Subject } from './types.js';

const NAMED = new Set(['id']);

/** Axes added, removed, renamed, renumbered, their leads and description. */
export function diffAxes(before: readonly Entity<Axis>[], after: readonly Entity<Axis>[]): Subject<AxisChange>[] {
  const subjects: Subject<AxisChange>[] = [];
  for (const pair of pairById(before, after, (entity) => entity.data.id)) {
    const changes: AxisChange[] = [];
    if (!pair.before) changes.push({ kind: 'added', number: pair.after!.data.number, title: pair.after!.data.title });
    else if (!pair.after) changes.push({ kind: 'removed' });
    else {
      changes.push(...diffFields(pair.before.data, pair.after.data, NAMED));
      changes.push(...descriptionChanged(pair.before.body, pair.after.body));
    }
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.data.title, changes });
  }
  return subjects;
}
