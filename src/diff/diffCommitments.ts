import type { CommitmentFigures, Figures, IndicatorFigures } from '../derive/types.js';
import { daysBetween } from '../util/dates.js';
import { addedEntries, pairById } from './pairById.js';
import type { CommitmentChange, Subject } from './types.js';

/** Commitments added, removed and changed, from the figures of both sides. */
export function diffCommitments(before: Figures, after: Figures): Subject<CommitmentChange>[] {
  const indicatorsBefore = indicatorsByCommitment(before);
  const indicatorsAfter = indicatorsByCommitment(after);
  const subjects: Subject<CommitmentChange>[] = [];
  for (const pair of pairById(before.commitments, after.commitments, (commitment) => commitment.id)) {
    const changes: CommitmentChange[] = [];
    if (!pair.before) {
      const { axis, lead, status, due } = pair.after!;
      changes.push({ kind: 'added', axis, lead, status, due });
    } else if (!pair.after) {
      changes.push({ kind: 'removed' });
    } else {
      changes.push(...commitmentChanges(pair.before, pair.after));
      changes.push(...measuresAdded(indicatorsBefore.get(pair.id) ?? [], indicatorsAfter.get(pair.id) ?? []));
    }
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.title, changes });
  }
  return subjects;
}

function commitmentChanges(before: CommitmentFigures, after: CommitmentFigures): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  if (before.title !== after.title) changes.push({ kind: 'title', before: before.title, after: after.title });
  if (before.axis !== after.axis) changes.push({ kind: 'axis', before: before.axis, after: after.axis });
  if (before.lead !== after.lead) changes.push({ kind: 'lead', before: before.lead, after: after.lead });
  if (before.status !== after.status) changes.push({ kind: 'status', before: before.status, after: after.status });
  if (percentChanged(before.progress, after.progress)) changes.push({ kind: 'progress', before: before.progress, after: after.progress });
  if (before.due !== after.due) {
    const days = before.due && after.due ? daysBetween(before.due, after.due) : null;
    const moves = Math.max(0, after.postponements.count - before.postponements.count);
    changes.push({ kind: 'due', before: before.due, after: after.due, days, moves, totalDays: after.postponements.days });
  }
  changes.push(...milestonesDone(before, after));
  for (const entry of addedEntries(before.journal, after.journal, (e) => `${e.date}\n${e.status}\n${e.text}`)) {
    changes.push({ kind: 'journal-added', date: entry.date, text: entry.text, status: entry.status });
  }
  return changes;
}

/** Milestones done on the after side and not before, matched by title (a renamed milestone counts as new). */
function milestonesDone(before: CommitmentFigures, after: CommitmentFigures): CommitmentChange[] {
  const doneBefore = before.milestones.filter((milestone) => milestone.done);
  const doneAfter = after.milestones.filter((milestone) => milestone.done);
  return addedEntries(doneBefore, doneAfter, (milestone) => milestone.title)
    .map((milestone) => ({ kind: 'milestone-done', milestone: milestone.title, doneOn: milestone.doneOn! }));
}

function measuresAdded(before: readonly IndicatorFigures[], after: readonly IndicatorFigures[]): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  for (const pair of pairById(before, after, (indicator) => indicator.id)) {
    if (!pair.after) continue;
    const measures = addedEntries(pair.before?.series ?? [], pair.after.series, (point) => `${point.date}\n${point.value}`);
    if (measures.length === 0) continue;
    changes.push({
      kind: 'measures-added',
      indicator: pair.id,
      label: pair.after.label,
      unit: pair.after.unit,
      measures: measures.map(({ date, value }) => ({ date, value })),
      attainmentBefore: pair.before?.attainment ?? null,
      attainmentAfter: pair.after.attainment,
    });
  }
  return changes;
}

function indicatorsByCommitment(figures: Figures): Map<string, IndicatorFigures[]> {
  const byCommitment = new Map<string, IndicatorFigures[]>();
  for (const indicator of figures.indicators) {
    const list = byCommitment.get(indicator.commitment);
    if (list) list.push(indicator);
    else byCommitment.set(indicator.commitment, [indicator]);
  }
  return byCommitment;
}

/** Differences below the one decimal JSON shows are float noise, not changes. */
function percentChanged(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return before !== after;
  return Math.round(before * 10) !== Math.round(after * 10);
}
