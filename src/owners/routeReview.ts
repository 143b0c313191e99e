/**
 * Review routing for a change: which partners' files it touches and whose
 * maintainers must approve. A file is owned by its owner before the change
 * and after it (a commitment handed from one lead to another needs both).
 * Pure.
 */
import { compareText } from '../util/compareText.js';
import { ownerOfFile, type FileOwner, type Ownership, type OwnerReason } from './ownership.js';

export interface RoutedFile {
  /** Roadmap-relative. */
  file: string;
  owners: { partner: string; reason: OwnerReason; standsInFor?: string }[];
}

export interface RoutedPartner {
  id: string;
  name: string;
  maintainers: string[];
  /** Roadmap-relative files of the change this partner must approve. */
  files: string[];
}

export interface ReviewRouting {
  files: RoutedFile[];
  partners: RoutedPartner[];
  /** Every maintainer handle that must approve, sorted. */
  approvers: string[];
  /** Files nobody can approve (no maintainers anywhere up the chain). */
  unowned: string[];
}

export function routeReview(changed: readonly string[], before: Ownership, after: Ownership): ReviewRouting {
  const partners = new Map<string, RoutedPartner>();
  const files: RoutedFile[] = [];
  const unowned: string[] = [];
  for (const file of changed) {
    const owners = distinctOwners([ownerOfFile(file, before), ownerOfFile(file, after)]);
    if (owners.length === 0) unowned.push(file);
    files.push({ file, owners });
    for (const { partner } of owners) {
      const routed = partners.get(partner) ?? {
        id: partner,
        name: after.names.get(partner) ?? before.names.get(partner) ?? partner,
        maintainers: [...(after.maintainers.get(partner) ?? before.maintainers.get(partner) ?? [])],
        files: [],
      };
      routed.files.push(file);
      partners.set(partner, routed);
    }
  }
  const sorted = [...partners.values()].sort((a, b) => compareText(a.id, b.id));
  return {
    files,
    partners: sorted,
    approvers: [...new Set(sorted.flatMap((p) => p.maintainers))].sort(compareText),
    unowned,
  };
}

function distinctOwners(candidates: FileOwner[]): RoutedFile['owners'] {
  const owners: RoutedFile['owners'] = [];
  for (const { partner, reason, standsInFor } of candidates) {
    if (partner === null || owners.some((owner) => owner.partner === partner)) continue;
    owners.push(standsInFor ? { partner, reason, standsInFor } : { partner, reason });
  }
  return owners;
}
