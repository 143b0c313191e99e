/**
 * The edit behind `roadmap update`, applied to a commitment's parsed front
 * matter: status, progress, due date, a milestone done, a new measure, and
 * always one journal entry, inserted in date order in `updates` (with
 * `status` when it changed, `due`/`previous_due` when the due date moved,
 * `decision` when a committee decision is cited).
 */
import { isMap, type Document, type YAMLMap } from 'yaml';
import { datedPosition, insertLikeSiblings, listAt, setInOrder } from './documentEdits.js';
import { applyFieldEdits, type FieldEdit } from './fieldEdits.js';
import { KEY_ORDERS } from './keyOrders.js';
import { applyBudgetChange, type BudgetChange } from './budgetEdits.js';
import { ownItem } from './unalias.js';

export interface CommitmentChange {
  /** The date of the change: journal entry, milestone `done_on`, measure. */
  on: string;
  /** Set only when it differs from the file's status. */
  status?: string;
  progress?: number;
  /** 0-based index into `milestones`. */
  milestone?: number;
  /** 0-based index into `indicators`. */
  measure?: { indicator: number; value: number; source?: string };
  /** More measures on the same day (an imported spreadsheet gives one per indicator); `date` defaults to `on`. */
  measures?: { indicator: number; value: number; source?: string; date?: string }[];
  /** The new due date, and the one in force before it (absent when the file had none). */
  due?: { value: string; previous?: string };
  /** The id of the committee decision behind the change. */
  decision?: string;
  /** New milestones, appended in order. */
  addMilestones?: readonly { title: string; due: string }[];
  /** A milestone re-dated (0-based index): its new due date, and the one before (absent when it had none). */
  milestoneDue?: { index: number; value: string; previous?: string };
  /** A new indicator, appended. */
  addIndicator?: {
    id: string;
    label: string;
    unit?: string;
    baseline: { value: number; date: string };
    target: { value: number; date: string };
  };
  /** Cost, planned shares, amounts committed or paid on `on`. */
  budget?: BudgetChange;
  journalText: string;
  /** Where the news came from (the imported spreadsheet), written as the entry's `source`. */
  journalSource?: string;
}

// Where a key the file does not have yet goes: after the last of these that it has (the field order of schemas/commitment.schema.json).
const DUE_AFTER = ['id', 'title', 'axis', 'lead', 'partners', 'status', 'start'];
const PROGRESS_AFTER = [...DUE_AFTER, 'due'];
const UPDATES_AFTER = [...PROGRESS_AFTER, 'progress', 'weight', 'milestones', 'indicators'];
const MEASURES_AFTER = ['id', 'label', 'unit', 'baseline', 'target'];

export function updateCommitment(doc: Document, change: CommitmentChange): void {
  const root = doc.contents as YAMLMap;
  if (change.status !== undefined)
    setInOrder(doc, root, 'status', change.status, ['id', 'title', 'axis', 'lead', 'partners']);
  if (change.due !== undefined) setInOrder(doc, root, 'due', change.due.value, DUE_AFTER);
  if (change.progress !== undefined) setInOrder(doc, root, 'progress', change.progress, PROGRESS_AFTER);
  if (change.milestone !== undefined) {
    const milestone = ownItem(doc, root, 'milestones', change.milestone);
    if (isMap(milestone)) setInOrder(doc, milestone, 'done_on', change.on, ['title', 'due']);
  }
  for (const given of [...(change.measure ? [change.measure] : []), ...(change.measures ?? [])]) {
    const indicator = ownItem(doc, root, 'indicators', given.indicator);
    if (isMap(indicator)) {
      const date = (given as { date?: string }).date ?? change.on;
      const measures = listAt(doc, indicator, 'measures', MEASURES_AFTER);
      const measure: Record<string, unknown> = { date, value: given.value };
      if (given.source !== undefined) measure.source = given.source;
      insertLikeSiblings(doc, measures, measure, datedPosition(measures, date));
    }
  }
  const additions: FieldEdit[] = [
    ...(change.addMilestones ?? []).map(
      (milestone): FieldEdit => ({ op: 'append', path: ['milestones'], item: milestone }),
    ),
    ...(change.milestoneDue
      ? [
          {
            op: 'set',
            path: ['milestones', change.milestoneDue.index, 'due'],
            value: change.milestoneDue.value,
          } as const,
        ]
      : []),
    ...(change.addIndicator ? [{ op: 'append', path: ['indicators'], item: change.addIndicator } as const] : []),
  ];
  applyFieldEdits(doc, additions, KEY_ORDERS.commitment);
  if (change.budget !== undefined) applyBudgetChange(doc, change.budget, change.on);
  const entry: Record<string, unknown> = { date: change.on, text: change.journalText };
  if (change.status !== undefined) entry.status = change.status;
  if (change.due?.previous !== undefined) {
    entry.due = change.due.value;
    entry.previous_due = change.due.previous;
  }
  if (change.milestoneDue?.previous !== undefined) {
    entry.due = change.milestoneDue.value;
    entry.previous_due = change.milestoneDue.previous;
  }
  if (change.decision !== undefined) entry.decision = change.decision;
  if (change.milestoneDue?.previous !== undefined) entry.milestone = change.milestoneDue.index + 1;
  if (change.journalSource !== undefined) entry.source = change.journalSource;
  const updates = listAt(doc, root, 'updates', UPDATES_AFTER);
  insertLikeSiblings(doc, updates, entry, datedPosition(updates, change.on));
}
