/**
 * What changed between two revisions of a roadmap, by meaning. Every figure
 * (status as of the date, effective progress, attainment) comes from derive's
 * Figures; raw facts (titles, dates, decisions, actions) from the Roadmap.
 */
import type { Figures, ProgressSource } from '../derive/types.js';
import type { ActionStatus, CommitmentStatus, IsoDate, MeetingStatus, PartnerRole, Roadmap } from '../model/types.js';

/** A field's value as the diff shows it: a scalar, a list of words, null when absent or empty. */
export type FieldValue = string | number | boolean | null | readonly string[];

/**
 * A change no richer kind describes. `field` is the path within the entity
 * (`horizon`, `committee.cadence_months`, `milestones.due`); `item` names the
 * list entry it belongs to (`Phase 2`, `creations / 2026-06-30`), null at the top.
 */
export interface FieldChange {
  kind: 'field';
  field: string;
  item: string | null;
  before: FieldValue;
  after: FieldValue;
}

/** An entry added to or removed from a list of objects (`milestones`, `contacts`, `attendees`…), with the entry as written. */
export interface ItemChange {
  kind: 'item-added' | 'item-removed';
  field: string;
  item: string;
  value: unknown;
}

export type GenericChange = FieldChange | ItemChange | { kind: 'description' };

export type ConventionChange = GenericChange;

export type AxisChange = { kind: 'added'; number: number; title: string } | { kind: 'removed' } | GenericChange;

export type CommitmentChange =
  | GenericChange
  | { kind: 'added'; axis: string; lead: string; status: CommitmentStatus; due: IsoDate | null }
  | { kind: 'removed' }
  | { kind: 'title'; before: string; after: string }
  | { kind: 'axis'; before: string; after: string }
  | { kind: 'lead'; before: string; after: string }
  | { kind: 'status'; before: CommitmentStatus; after: CommitmentStatus }
  /** Effective progress, unrounded; null when cancelled or unknown; each side says where it comes from (typed, derived from milestones…). */
  | {
      kind: 'progress';
      before: number | null;
      after: number | null;
      sourceBefore: ProgressSource;
      sourceAfter: ProgressSource;
    }
  /**
   * `days` > 0 when the due date moved later; null when one side has none.
   * `moves`: due changes the journal records on the after side and not before; `totalDays` their net
   * slip since the original due date, on the after side.
   */
  | {
      kind: 'due';
      before: IsoDate | null;
      after: IsoDate | null;
      days: number | null;
      moves: number;
      totalDays: number;
    }
  | { kind: 'milestone-done'; milestone: string; doneOn: IsoDate }
  | {
      kind: 'measures-added';
      indicator: string;
      label: string;
      unit: string | null;
      measures: { date: IsoDate; value: number }[];
      attainmentBefore: number | null;
      attainmentAfter: number | null;
    }
  | { kind: 'journal-added'; date: IsoDate; text: string; status: CommitmentStatus | null }
  | MoneyChange;

/**
 * An amount of the financing plan that changed (diff/diffBudget.ts), in currency units as the
 * files wrote it; null on the side where it does not exist.
 */
export interface MoneyChange {
  kind: 'money';
  what: 'cost' | 'planned' | 'committed' | 'paid';
  /** The funder; null for the cost. */
  partner: string | null;
  /** The entry's date (committed, paid). */
  date: IsoDate | null;
  ref: string | null;
  before: number | null;
  after: number | null;
  /** The convention's currency on the after side. */
  currency: string;
}

export type MeetingChange =
  | GenericChange
  | { kind: 'added'; date: IsoDate; status: MeetingStatus }
  | { kind: 'removed'; date: IsoDate }
  | { kind: 'status'; before: MeetingStatus; after: MeetingStatus }
  | { kind: 'decision-recorded'; decision: string; text: string }
  | { kind: 'action-opened'; action: string; text: string; owner: string; due: IsoDate | null }
  | {
      kind: 'action-closed';
      action: string;
      text: string;
      owner: string;
      status: Exclude<ActionStatus, 'open'>;
      closedOn: IsoDate | null;
    }
  | { kind: 'action-reopened'; action: string; text: string; owner: string };

export type PartnerChange =
  | GenericChange
  | { kind: 'joined'; role: PartnerRole; on: IsoDate | null }
  | { kind: 'left'; on: IsoDate | null };

/** The changes of one commitment, meeting or partner, with what names it. */
export interface Subject<C> {
  id: string;
  title: string;
  changes: C[];
}

export interface RoadmapDiff {
  convention: Subject<ConventionChange>[];
  axes: Subject<AxisChange>[];
  partners: Subject<PartnerChange>[];
  commitments: Subject<CommitmentChange>[];
  meetings: Subject<MeetingChange>[];
}

/** One side of the comparison: the roadmap and its figures as of the date. */
export interface RevisionState {
  roadmap: Roadmap;
  figures: Figures;
}
