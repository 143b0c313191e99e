/**
 * The edit behind `roadmap update`, applied to a commitment's parsed front
 * matter: status, progress, a milestone done, a new measure, and always one
 * journal entry at the end of `updates` (with `status` when it changed).
 */
import { isMap, type Document, type YAMLMap } from 'yaml';
import { appendLikeSiblings, listAt, setInOrder } from './documentEdits.js';

export interface CommitmentChange {
  /** The date of the change: journal entry, milestone `done_on`, measure. */
  on: string;
  /** Set only when it differs from the file's status. */
  status?: string;
  progress?: number;
  /** 0-based index into `milestones`. */
  milestone?: number;
  /** 0-based index into `indicators`. */
  measure?: { indicator: number; value: number };
  journalText: string;
}

// Where a key the file does not have yet goes: after the last of these that it has (the field order of schemas/commitment.schema.json).
const PROGRESS_AFTER = ['id', 'title', 'axis', 'lead', 'partners', 'status', 'start', 'due'];
const UPDATES_AFTER = [...PROGRESS_AFTER, 'progress', 'weight', 'milestones', 'indicators'];
const MEASURES_AFTER = ['id', 'label', 'unit', 'baseline', 'target'];

export function updateCommitment(doc: Document, change: CommitmentChange): void {
  const root = doc.contents as YAMLMap;
  if (change.status !== undefined) root.set('status', change.status);
  if (change.progress !== undefined) setInOrder(doc, root, 'progress', change.progress, PROGRESS_AFTER);
  if (change.milestone !== undefined) {
    const milestone = doc.getIn(['milestones', change.milestone], true);
    if (isMap(milestone)) setInOrder(doc, milestone, 'done_on', change.on, ['title', 'due']);
  }
  if (change.measure !== undefined) {
    const indicator = doc.getIn(['indicators', change.measure.indicator], true);
    if (isMap(indicator)) appendLikeSiblings(doc, listAt(doc, indicator, 'measures', MEASURES_AFTER), { date: change.on, value: change.measure.value });
  }
  const entry: Record<string, unknown> = { date: change.on, text: change.journalText };
  if (change.status !== undefined) entry.status = change.status;
  appendLikeSiblings(doc, listAt(doc, root, 'updates', UPDATES_AFTER), entry);
}
