/** The entities of a roadmap, as they stand once a file has passed its schema (schemas/*.json). */

import type { EntityKind } from '../read/layout.js';

export type { EntityKind };

export type CommitmentStatus = 'planned' | 'in_progress' | 'blocked' | 'done' | 'cancelled';
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  'planned',
  'in_progress',
  'blocked',
  'done',
  'cancelled',
];

export type ActionStatus = 'open' | 'done' | 'cancelled';
export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export type MeetingKind = 'signature' | 'committee' | 'technical' | 'workshop' | 'other';
export type PartnerKind = 'territory' | 'cci' | 'cma' | 'agency' | 'state' | 'region' | 'funder' | 'other';
export type PartnerRole = 'signatory' | 'member' | 'witness' | 'observer';

/** `YYYY-MM-DD`; comparing two of them as strings compares the dates. */
export type IsoDate = string;

export interface Convention {
  id: string;
  title: string;
  signed_on: IsoDate;
  place?: string;
  language: 'fr' | 'en';
  territory?: string;
  horizon?: IsoDate;
  committee: { name: string; chair?: string; cadence_months?: number };
  summary?: string;
  /** Where the files live on the git host ("edit this page" links). */
  repository?: { url: string; branch?: string };
  /** Who sends convocations and reminders, and whom to answer. */
  secretariat?: Secretariat;
  /** `assets/<file>` paths (PNG, JPEG, SVG) shown in every document's letterhead. */
  logos?: string[];
  /** ISO 4217 code of every amount (budgets); EUR when absent. */
  currency?: string;
  /** Percentage points an indicator may lag its straight line before it counts as behind (default 10). */
  health?: { tolerance?: number };
}

export interface Secretariat {
  name: string;
  /** The partner that runs it. */
  organisation?: string;
  email?: string;
  phone?: string;
  address?: string;
  /** Where letters are sent from; the convention's `place` when absent. */
  city?: string;
}

export interface Partner {
  id: string;
  name: string;
  short_name: string;
  kind: PartnerKind;
  role: PartnerRole;
  joined_on?: IsoDate;
  left_on?: IsoDate;
  territory?: string;
  /** `salutation`: how a letter to them opens (« Madame la Présidente »). */
  representative?: { name: string; title?: string; salutation?: string };
  maintainers?: string[];
  /** Who receives convocations and reminders. */
  contacts?: Contact[];
}

export interface Contact {
  name: string;
  email: string;
  role?: string;
}

export interface Axis {
  id: string;
  number: number;
  title: string;
  short_title: string;
  leads?: string[];
}

export interface Milestone {
  title: string;
  due?: IsoDate;
  done_on?: IsoDate;
}

export interface Measure {
  date: IsoDate;
  value: number;
  source?: string;
}

export interface Indicator {
  id: string;
  label: string;
  unit?: string;
  baseline: { value: number; date: IsoDate };
  target: { value: number; date: IsoDate };
  measures?: Measure[];
}

export interface JournalEntry {
  date: IsoDate;
  text: string;
  status?: CommitmentStatus;
  /** A change of due date on that day (postponement or advance): the new one, and the one it replaced. */
  due?: IsoDate;
  previous_due?: IsoDate;
  /** The committee decision behind the entry. */
  decision?: string;
  /** 1-based: `due`/`previous_due` are that milestone's, not the commitment's (a milestone re-dated). */
  milestone?: number;
  /** Where the news came from (`roadmap import` writes the imported file's name). */
  source?: string;
}

export interface Commitment {
  id: string;
  title: string;
  axis: string;
  lead: string;
  partners?: string[];
  status: CommitmentStatus;
  start?: IsoDate;
  due?: IsoDate;
  progress?: number;
  weight?: number;
  milestones?: Milestone[];
  indicators?: Indicator[];
  updates?: JournalEntry[];
  budget?: Budget;
}

/**
 * An amount in the convention's currency as the file wrote it: ≥ 0, below 10¹², at most two
 * decimals (checked on the YAML source text, model/amountProblems.ts). model/cents.ts turns it
 * into exact integer cents; never add two of them as numbers.
 */
export type Amount = number;

/** A dated amount committed (engagé) or paid (mandaté, versé), with the document behind it. */
export interface MoneyEntry {
  date: IsoDate;
  amount: Amount;
  ref?: string;
}

export interface Funder {
  partner: string;
  planned: Amount;
  committed?: MoneyEntry[];
  paid?: MoneyEntry[];
}

/** The financing plan of a commitment. */
export interface Budget {
  cost?: Amount;
  funders: Funder[];
}

export interface Attendee {
  partner: string;
  people?: string[];
  present: boolean;
  /** Absent with apologies (excusé). */
  excused?: boolean;
}

export interface Decision {
  id: string;
  text: string;
  axes?: string[];
  commitments?: string[];
}

export interface Action {
  id: string;
  text: string;
  owner: string;
  due?: IsoDate;
  status: ActionStatus;
  closed_on?: IsoDate;
  commitment?: string;
  /** What was done, or why it was cancelled, written when it is closed. */
  note?: string;
}

export interface Meeting {
  id: string;
  date: IsoDate;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
  place?: string;
  /** Local time in Europe/Paris, `HH:MM`. */
  time?: string;
  end_time?: string;
  chair?: string;
  /** The person who chaired; the chair partner's representative when absent. */
  chaired_by?: string;
  /** Secrétaire de séance. */
  secretary?: string;
  /** Earlier meetings whose minutes this one approved. */
  approved_minutes?: string[];
  attendees?: Attendee[];
  guests?: { name: string; organisation?: string; present?: boolean }[];
  agenda?: { title: string; axis?: string; commitments?: string[] }[];
  decisions?: Decision[];
  actions?: Action[];
}

/** One entity with where it came from. */
export interface Entity<T> {
  data: T;
  /** Path relative to the roadmap folder: `commitments/guichet-unique.md`. */
  file: string;
  /** Markdown body (axes, commitments, meetings). */
  body: string;
}

export interface Roadmap {
  convention?: Entity<Convention>;
  /**
   * The bytes of the files under `assets/` that the convention names as logos,
   * keyed by their roadmap-relative path; undefined when they were not read
   * (a roadmap read from a git revision), so rules cannot tell a missing one.
   */
  assets?: ReadonlyMap<string, Uint8Array>;
  partners: Entity<Partner>[];
  axes: Entity<Axis>[];
  commitments: Entity<Commitment>[];
  meetings: Entity<Meeting>[];
}
