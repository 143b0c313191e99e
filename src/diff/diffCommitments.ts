import type { CommitmentFigures, Figures } from '../derive/types.js';
import type { Commitment, Entity, JournalEntry, Measure } from '../model/types.js';
import { daysBetween } from '../util/dates.js';
import { descriptionChanged } from './descriptionChanged.js';
import { diffFields } from './diffFields.js';
import { diffBudget } from './diffBudget.js';
import { pairById } from './pairById.js';
import type { CommitmentChange, GenericChange, RevisionState, Subject } from './types.js';

/** The fields a richer change kind than `field` already describes (the budget: diffBudget). */
const NAMED = new Set(['id', 'title', 'axis', 'lead', 'budget']);
/** Fields whose value as of the date comes from the figures; the file's own value is shown only when the figures did not move. */
const DERIVED = new Set(['status', 'progress', 'due']);

/** Commitments added, removed and changed: figures as of the date from derive, every other field from the files. */
export function diffCommitments(before: RevisionState, after: RevisionState): Subject<CommitmentChange>[] {
  const figuresBefore = byId(before.figures);
  const figuresAfter = byId(after.figures);
  const subjects: Subject<CommitmentChange>[] = [];
  for (const pair of pairById(before.roadmap.commitments, after.roadmap.commitments, (entity) => entity.data.id)) {
    const changes: CommitmentChange[] = [];
    if (!pair.before) {
      const { axis, lead, status } = pair.after!.data;
      changes.push({
        kind: 'added',
        axis,
        lead,
        status: figuresAfter.get(pair.id)?.status ?? status,
        due: pair.after!.data.due ?? null,
      });
    } else if (!pair.after) {
      changes.push({ kind: 'removed' });
    } else {
      changes.push(
        ...commitmentChanges(pair.before, pair.after, figuresBefore.get(pair.id), figuresAfter.get(pair.id), [
          before.figures,
          after.figures,
        ]),
      );
    }
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.data.title, changes });
  }
  return subjects;
}

function commitmentChanges(
  before: Entity<Commitment>,
  after: Entity<Commitment>,
  figuresBefore: CommitmentFigures | undefined,
  figuresAfter: CommitmentFigures | undefined,
  figures: [Figures, Figures],
): CommitmentChange[] {
  const [b, a] = [before.data, after.data];
  const changes: CommitmentChange[] = [];
  if (b.title !== a.title) changes.push({ kind: 'title', before: b.title, after: a.title });
  if (b.axis !== a.axis) changes.push({ kind: 'axis', before: b.axis, after: a.axis });
  if (b.lead !== a.lead) changes.push({ kind: 'lead', before: b.lead, after: a.lead });
  if (figuresBefore && figuresAfter) changes.push(...derivedChanges(figuresBefore, figuresAfter));
  const derivedKinds = new Set(changes.map((change) => change.kind));
  const measures = new Map<string, Measure[]>();
  for (const change of diffFields(b, a, NAMED)) {
    if (change.kind === 'field' && change.item === null && DERIVED.has(change.field)) {
      if (!derivedKinds.has(change.field as CommitmentChange['kind'])) changes.push(change);
    } else if (
      change.kind === 'field' &&
      change.field === 'milestones.done_on' &&
      change.before === null &&
      typeof change.after === 'string'
    ) {
      changes.push({ kind: 'milestone-done', milestone: change.item!, doneOn: change.after });
    } else if (change.kind === 'item-added' && change.field === 'updates') {
      const entry = change.value as JournalEntry;
      changes.push({ kind: 'journal-added', date: entry.date, text: entry.text, status: entry.status ?? null });
    } else if (change.kind === 'item-added' && change.field === 'indicators.measures') {
      const indicator = change.item.split(' / ')[0]!;
      measures.set(indicator, [...(measures.get(indicator) ?? []), change.value as Measure]);
    } else {
      changes.push(change as GenericChange);
    }
  }
  for (const [indicator, added] of measures) changes.push(measuresAdded(a, indicator, added, figures));
  changes.push(...diffBudget(b.budget, a.budget, figures[1].funding.currency));
  changes.push(...descriptionChanged(before.body, after.body));
  return changes;
}

function derivedChanges(before: CommitmentFigures, after: CommitmentFigures): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  if (before.status !== after.status) changes.push({ kind: 'status', before: before.status, after: after.status });
  if (
    percentChanged(before.progress, after.progress) ||
    (before.progressSource !== after.progressSource &&
      (before.progressSource === 'unknown' || after.progressSource === 'unknown'))
  ) {
    changes.push({
      kind: 'progress',
      before: before.progress,
      after: after.progress,
      sourceBefore: before.progressSource,
      sourceAfter: after.progressSource,
    });
  }
  if (before.due !== after.due) {
    const days = before.due && after.due ? daysBetween(before.due, after.due) : null;
    const moves = Math.max(0, after.postponements.count - before.postponements.count);
    changes.push({
      kind: 'due',
      before: before.due,
      after: after.due,
      days,
      moves,
      totalDays: after.postponements.days,
    });
  }
  return changes;
}

function measuresAdded(
  commitment: Commitment,
  indicatorId: string,
  added: Measure[],
  [before, after]: [Figures, Figures],
): CommitmentChange {
  const indicator = commitment.indicators?.find((candidate) => candidate.id === indicatorId);
  const attainment = (side: Figures) =>
    side.indicators.find((i) => i.commitment === commitment.id && i.id === indicatorId)?.attainment ?? null;
  return {
    kind: 'measures-added',
    indicator: indicatorId,
    label: indicator?.label ?? indicatorId,
    unit: indicator?.unit ?? null,
    measures: added.map(({ date, value }) => ({ date, value })),
    attainmentBefore: attainment(before),
    attainmentAfter: attainment(after),
  };
}

function byId(figures: Figures): Map<string, CommitmentFigures> {
  return new Map(figures.commitments.map((commitment) => [commitment.id, commitment]));
}

/** Differences below the one decimal JSON shows are float noise, not changes. */
function percentChanged(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return before !== after;
  return Math.round(before * 10) !== Math.round(after * 10);
}
