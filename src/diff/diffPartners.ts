import type { Entity, Partner } from '../model/types.js';
import { pairById } from './pairById.js';
import type { PartnerChange, Subject } from './types.js';

/** Partners who joined (a new file) or left (a removed file, or a `left_on` newly set). */
export function diffPartners(before: readonly Entity<Partner>[], after: readonly Entity<Partner>[]): Subject<PartnerChange>[] {
  const subjects: Subject<PartnerChange>[] = [];
  for (const pair of pairById(before.map((e) => e.data), after.map((e) => e.data), (partner) => partner.id)) {
    let change: PartnerChange | undefined;
    if (!pair.before) change = { kind: 'joined', role: pair.after!.role, on: pair.after!.joined_on ?? null };
    else if (!pair.after) change = { kind: 'left', on: pair.before.left_on ?? null };
    else if (pair.after.left_on && pair.after.left_on !== pair.before.left_on) change = { kind: 'left', on: pair.after.left_on };
    if (change) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.name, changes: [change] });
  }
  return subjects;
}
