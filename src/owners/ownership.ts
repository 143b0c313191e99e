/**
 * Who owns which roadmap file (`maintainers` of partner files): a partner owns its
 * own file and the commitments it leads; the committee's chair owns the
 * convention, the axes, the meetings, and every file whose owner names no
 * maintainers. Pure.
 */
import { stemOf } from '../read/layout.js';
import type { Roadmap } from '../model/types.js';

export type OwnerReason = 'partner-file' | 'lead' | 'chair';

export interface FileOwner {
  /** The partner whose maintainers approve the file; null when nobody can. */
  partner: string | null;
  reason: OwnerReason;
  /** The partner the file belongs to, when its maintainers are missing and the chair stands in. */
  standsInFor?: string;
}

export interface Ownership {
  chair: string | null;
  maintainers: ReadonlyMap<string, readonly string[]>;
  names: ReadonlyMap<string, string>;
  /** Roadmap-relative commitment file → lead partner. */
  leads: ReadonlyMap<string, string>;
}

/** Read defensively: `owners --changed-since` routes an invalid branch too, whose fields may have any type. */
export function ownership(roadmap: Roadmap): Ownership {
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const chair = text((roadmap.convention?.data.committee as { chair?: unknown } | undefined)?.chair);
  return {
    chair: chair ?? null,
    maintainers: new Map(
      roadmap.partners.map(({ data }) => [
        data.id,
        Array.isArray(data.maintainers) ? data.maintainers.filter((handle) => typeof handle === 'string') : [],
      ]),
    ),
    names: new Map(roadmap.partners.map(({ data }) => [data.id, text(data.short_name) ?? data.id])),
    leads: new Map(
      roadmap.commitments.flatMap(({ data, file }) =>
        text(data.lead) === undefined ? [] : [[file, data.lead] as const],
      ),
    ),
  };
}

/** The owner of one roadmap-relative file; a partner without maintainers hands over to the chair. */
export function ownerOfFile(rel: string, owners: Ownership): FileOwner {
  const belongsTo = rel.startsWith('partners/')
    ? { partner: stemOf(rel), reason: 'partner-file' as const }
    : owners.leads.has(rel)
      ? { partner: owners.leads.get(rel)!, reason: 'lead' as const }
      : undefined;
  if (belongsTo && (owners.maintainers.get(belongsTo.partner)?.length ?? 0) > 0) return belongsTo;
  const chair = owners.chair !== null && (owners.maintainers.get(owners.chair)?.length ?? 0) > 0 ? owners.chair : null;
  return belongsTo
    ? { partner: chair, reason: 'chair', standsInFor: belongsTo.partner }
    : { partner: chair, reason: 'chair' };
}
