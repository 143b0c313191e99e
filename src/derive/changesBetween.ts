import type { CommitmentStatus, IsoDate } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import type { Figures } from './types.js';

/** One recorded fact, as a briefing pack lists what happened between two meetings. */
export type Change =
  | { kind: 'journal'; date: IsoDate; commitment: string; text: string; status: CommitmentStatus | null }
  | { kind: 'milestone'; date: IsoDate; commitment: string; title: string }
  | { kind: 'measure'; date: IsoDate; commitment: string; indicator: string; value: number }
  | { kind: 'action'; date: IsoDate; action: string; meeting: string; status: 'done' | 'cancelled' };

const KIND_ORDER: Record<Change['kind'], number> = { journal: 0, milestone: 1, measure: 2, action: 3 };

/**
 * What the files record strictly after `after` and up to `until` included:
 * journal entries (status changes among them), milestones done, measures,
 * actions closed. Figures already hold only facts dated on or before as-of.
 * Oldest first; same date: journal, milestones, measures, actions, then by id.
 */
export function changesBetween(figures: Figures, after: IsoDate | null, until: IsoDate): Change[] {
  const inWindow = (date: IsoDate | null): date is IsoDate => date !== null && (after === null || date > after) && date <= until;
  const changes: Change[] = [];
  for (const commitment of figures.commitments) {
    for (const entry of commitment.journal) {
      if (inWindow(entry.date)) changes.push({ kind: 'journal', date: entry.date, commitment: commitment.id, text: entry.text, status: entry.status });
    }
    for (const milestone of commitment.milestones) {
      if (inWindow(milestone.doneOn)) changes.push({ kind: 'milestone', date: milestone.doneOn, commitment: commitment.id, title: milestone.title });
    }
  }
  for (const indicator of figures.indicators) {
    for (const point of indicator.series) {
      if (inWindow(point.date)) changes.push({ kind: 'measure', date: point.date, commitment: indicator.commitment, indicator: indicator.id, value: point.value });
    }
  }
  for (const action of figures.actions) {
    if (action.status !== 'open' && inWindow(action.closedOn)) changes.push({ kind: 'action', date: action.closedOn, action: action.id, meeting: action.meeting, status: action.status });
  }
  // A stable sort keeps file order (journal newest last) among equal keys.
  return changes.sort((a, b) => compareText(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(subject(a), subject(b)));
}

function subject(change: Change): string {
  return change.kind === 'action' ? change.action : change.commitment;
}
