import type { Convention, Entity } from '../model/types.js';
import { descriptionChanged } from './descriptionChanged.js';
import { diffFields } from './diffFields.js';
import type { ConventionChange, Subject } from './types.js';

/** The convention's fields (title, horizon, committee, repository…): one subject, or none when nothing changed. */
export function diffConvention(
  before: Entity<Convention> | undefined,
  after: Entity<Convention> | undefined,
): Subject<ConventionChange>[] {
  const changes: ConventionChange[] = diffFields(before?.data, after?.data);
  changes.push(...descriptionChanged(before?.body, after?.body));
  const named = after ?? before;
  return changes.length === 0 || !named ? [] : [{ id: named.data.id, title: named.data.title, changes }];
}
