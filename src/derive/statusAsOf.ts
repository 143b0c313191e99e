import type { Commitment, CommitmentStatus, IsoDate } from '../model/types.js';

/**
 * Where the journal records status changes, the last one dated on or
 * before `asOf` (`planned` before the first); otherwise the file's status.
 * The latest date wins even if the journal is not in order; on the same date
 * the later entry wins, as "newest last" intends.
 */
export function statusAsOf(commitment: Commitment, asOf: IsoDate): CommitmentStatus {
  let recordsChanges = false;
  let latest: { date: IsoDate; status: CommitmentStatus } | undefined;
  for (const entry of commitment.updates ?? []) {
    if (entry.status === undefined) continue;
    recordsChanges = true;
    if (entry.date > asOf) continue;
    if (!latest || entry.date >= latest.date) latest = { date: entry.date, status: entry.status };
  }
  if (!recordsChanges) return commitment.status;
  return latest?.status ?? 'planned';
}
