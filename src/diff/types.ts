/**
 * What changed between two revisions of a roadmap, by meaning. Every figure
 * (status as of the date, effective progress, attainment) comes from derive's
 * Figures; raw facts (titles, dates, decisions, actions) from the Roadmap.
 */
import type { Figures } from '../derive/types.js';
import type { ActionStatus, CommitmentStatus, IsoDate, MeetingStatus, PartnerRole, Roadmap } from '../model/types.js';

export type CommitmentChange =
  | { kind: 'added'; axis: string; lead: string; status: CommitmentStatus; due: IsoDate | null }
  | { kind: 'removed' }
  | { kind: 'title'; before: string; after: string }
  | { kind: 'axis'; before: string; after: string }
  | { kind: 'lead'; before: string; after: string }
  | { kind: 'status'; before: CommitmentStatus; after: CommitmentStatus }
  /** Effective progress, unrounded; null when cancelled. */
  | { kind: 'progress'; before: number | null; after: number | null }
  /**
   * `days` > 0 when the due date moved later; null when one side has none.
   * `moves`: due changes the journal records on the after side and not before; `totalDays` their net
   * slip since the original due date, on the after side.
   */
  | { kind: 'due'; before: IsoDate | null; after: IsoDate | null; days: number | null; moves: number; totalDays: number }
  | { kind: 'milestone-done'; milestone: string; doneOn: IsoDate }
  | { kind: 'measures-added'; indicator: string; label: string; unit: string | null; measures: { date: IsoDate; value: number }[]; attainmentBefore: number | null; attainmentAfter: number | null }
  | { kind: 'journal-added'; date: IsoDate; text: string; status: CommitmentStatus | null };

export type MeetingChange =
  | { kind: 'added'; date: IsoDate; status: MeetingStatus }
  | { kind: 'removed'; date: IsoDate }
  | { kind: 'status'; before: MeetingStatus; after: MeetingStatus }
  | { kind: 'decision-recorded'; decision: string; text: string }
  | { kind: 'action-opened'; action: string; text: string; owner: string; due: IsoDate | null }
  | { kind: 'action-closed'; action: string; text: string; owner: string; status: Exclude<ActionStatus, 'open'>; closedOn: IsoDate | null }
  | { kind: 'action-reopened'; action: string; text: string; owner: string };

export type PartnerChange =
  | { kind: 'joined'; role: PartnerRole; on: IsoDate | null }
  | { kind: 'left'; on: IsoDate | null };

/** The changes of one commitment, meeting or partner, with what names it. */
export interface Subject<C> {
  id: string;
  title: string;
  changes: C[];
}

export interface RoadmapDiff {
  partners: Subject<PartnerChange>[];
  commitments: Subject<CommitmentChange>[];
  meetings: Subject<MeetingChange>[];
}

/** One side of the comparison: the roadmap and its figures as of the date. */
export interface RevisionState {
  roadmap: Roadmap;
  figures: Figures;
}
