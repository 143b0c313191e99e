/**
 * Figures: every derived value for one roadmap at one as-of date.
 * Report, brief, diff, actions and JSON read this and nothing else computes a figure.
 * Percentages here are unrounded; renderers round (whole in tables, one decimal in JSON).
 */
import type {
  ActionStatus,
  CommitmentStatus,
  IsoDate,
  MeetingKind,
  MeetingStatus,
  PartnerRole,
} from '../model/types.js';
import type { FundingFigures } from './money/types.js';

export type Health = 'green' | 'amber' | 'red';

/** Why an axis got its colour: a code plus the data a renderer needs to phrase it (`share` is a fraction 0..1 of the axis weight). */
export type HealthReason =
  /** Late commitments carrying at least a third of the axis weight (red). */
  | { code: 'late-weight'; commitments: string[]; share: number }
  /** A blocked commitment whose due date has passed (red). */
  | { code: 'blocked-past-due'; commitments: string[] }
  /** Some late commitments, below the red share (amber). */
  | { code: 'late'; commitments: string[]; share: number }
  /** Blocked commitments not yet past due (amber). */
  | { code: 'blocked'; commitments: string[] }
  /** Milestones past due and not done (amber). */
  | { code: 'late-milestones'; milestones: { commitment: string; index: number; title: string; due: IsoDate }[] }
  /** Indicators whose latest measure is below the straight line from baseline to target (amber). */
  | {
      code: 'indicators-behind';
      indicators: { commitment: string; id: string; attainment: number; expected: number }[];
    };

export type HealthReasonCode = HealthReason['code'];

export interface MilestoneFigures {
  index: number;
  title: string;
  due: IsoDate | null;
  /** `done_on` when it is on or before as-of, else null. */
  doneOn: IsoDate | null;
  done: boolean;
  late: boolean;
}

export interface JournalFigure {
  date: IsoDate;
  text: string;
  status: CommitmentStatus | null;
  /** A change of due date recorded that day: the new date and the one it replaced; null otherwise. */
  due: IsoDate | null;
  previousDue: IsoDate | null;
  /** The committee decision behind the entry, when the file names one. */
  decision: string | null;
}

/** One change of a commitment's due date recorded in its journal. */
export interface DueMove {
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  /** Signed: positive for a postponement, negative for an advance. */
  days: number;
  decision: string | null;
}

/** How a commitment's due date moved up to the as-of date. */
export interface PostponementFigures {
  /** The due date before the first recorded move; the due in force when none. */
  originalDue: IsoDate | null;
  /** Moves dated on or before as-of, oldest first. */
  moves: DueMove[];
  count: number;
  /** Net days from the original due date to the one in force (sum of the moves). */
  days: number;
}

/** Postponement totals over the non-cancelled commitments of an axis or led by a partner. */
export interface PostponementTotals {
  /** Commitments whose due date moved at least once. */
  postponed: number;
  /** Moves, all commitments together. */
  moves: number;
  /** Net days moved, all commitments together. */
  daysMoved: number;
}

/**
 * Where a commitment's effective progress comes from (docs/reference/report.md): the status done, the
 * explicit `progress`, its milestones, the status planned (0); `unknown` for an open
 * commitment with neither progress nor milestones; `cancelled` counts nowhere.
 */
export type ProgressSource = 'done' | 'explicit' | 'milestones' | 'planned' | 'unknown' | 'cancelled';

export interface CommitmentFigures {
  id: string;
  title: string;
  axis: string;
  lead: string;
  /** Contributors (the `partners` field, lead excluded). */
  partners: string[];
  /** Relative to the roadmap folder: `commitments/<id>.md`. */
  file: string;
  /** Status as of the date (journal, else the file's status). */
  status: CommitmentStatus;
  /** 0..100, unrounded; null when cancelled or unknown as of the date (see `progressSource`). */
  progress: number | null;
  progressSource: ProgressSource;
  weight: number;
  /** The due date in force on as-of (journal due changes, else the file's `due`). */
  due: IsoDate | null;
  postponements: PostponementFigures;
  late: boolean;
  /** Whole days between due and as-of when late, else 0. */
  daysLate: number;
  milestones: MilestoneFigures[];
  /** Newest journal entry or measure dated on or before as-of; null when none. */
  lastReported: IsoDate | null;
  /** Journal entries dated on or before as-of, oldest first. */
  journal: JournalFigure[];
}

export interface AxisFigures {
  id: string;
  number: number;
  title: string;
  shortTitle: string;
  leads: string[];
  /** Non-cancelled commitments. */
  commitments: number;
  done: number;
  late: number;
  /** Weighted mean effective progress over commitments whose progress is known, unrounded; null when none is known. */
  progress: number | null;
  /** Non-cancelled commitments whose progress is unknown (left out of `progress`). */
  unknown: number;
  /** All commitments of the axis, by status as of the date. */
  byStatus: Record<CommitmentStatus, number>;
  lateMilestones: number;
  postponements: PostponementTotals;
  health: Health;
  healthReasons: HealthReason[];
  /** Commitment ids of the axis, in file order. */
  commitmentIds: string[];
}

export interface PartnerFigures {
  id: string;
  name: string;
  shortName: string;
  role: PartnerRole;
  /** Non-cancelled commitments led. */
  led: number;
  /** Non-cancelled commitments contributed to (in `partners`, not lead). */
  contributed: number;
  late: number;
  /** Weighted mean effective progress of those led whose progress is known; null when none is known. */
  progress: number | null;
  /** Non-cancelled commitments led whose progress is unknown (left out of `progress`). */
  unknown: number;
  openActions: number;
  overdueActions: number;
  /** Over the non-cancelled commitments led. */
  postponements: PostponementTotals;
}

export interface IndicatorPoint {
  date: IsoDate;
  value: number;
  source: string | null;
}

export interface IndicatorFigures {
  commitment: string;
  axis: string;
  id: string;
  label: string;
  unit: string | null;
  baseline: { value: number; date: IsoDate };
  target: { value: number; date: IsoDate };
  /** Measures dated on or before as-of, oldest first. */
  series: IndicatorPoint[];
  latest: IndicatorPoint | null;
  /** 100 × (latest − baseline) / (target − baseline), unclamped; null without measures or when target = baseline. */
  attainment: number | null;
  /** Attainment the straight line from baseline to target expects at the latest measure's date (0..100); null when attainment is null. */
  expected: number | null;
  /** Attainment more than the convention's `health.tolerance` points below the straight line. */
  behind: boolean;
}

export interface ActionFigures {
  id: string;
  text: string;
  meeting: string;
  meetingDate: IsoDate;
  owner: string;
  due: IsoDate | null;
  /** `open` unless closed_on ≤ as-of; then the file's status (done|cancelled). */
  status: ActionStatus;
  /** `closed_on` when on or before as-of, else null. */
  closedOn: IsoDate | null;
  overdue: boolean;
  commitment: string | null;
}

export type CoverageRole = 'lead' | 'contributor';

export interface CoverageFigures {
  /** Axis ids in display order (rows). */
  axes: string[];
  /** Partner ids in file order (columns). */
  partners: string[];
  /** cells[axisId][partnerId]: the strongest role over the axis's non-cancelled commitments (or axis `leads`), absent when none. */
  cells: Record<string, Record<string, CoverageRole>>;
  /** axisLeads[axisId]: the partners named in the axis's `leads` (chefs de file), known ones only. */
  axisLeads: Record<string, string[]>;
  /** byCommitments[axisId][partnerId]: the role from the axis's non-cancelled commitments alone (who leads one, who contributes). */
  byCommitments: Record<string, Record<string, CoverageRole>>;
  /** Axes where no partner leads anything. */
  axesWithoutLead: string[];
}

export interface ReadinessFigures {
  partner: string;
  /** Commitments led (non-cancelled, not done) with nothing reported since the previous held committee. */
  stale: { commitment: string; lastReported: IsoDate | null }[];
  ready: boolean;
}

export interface MeetingFigure {
  id: string;
  date: IsoDate;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
}

export interface Figures {
  asOf: IsoDate;
  /** The money, docs/reference/money.md (derive/money/). */
  funding: FundingFigures;
  commitments: CommitmentFigures[];
  axes: AxisFigures[];
  partners: PartnerFigures[];
  indicators: IndicatorFigures[];
  /** Actions whose meeting date ≤ as-of, by meeting date then file order. */
  actions: ActionFigures[];
  coverage: CoverageFigures;
  /** Relative to `previousCommittee`: the latest held committee strictly before as-of (null = everything counts as stale-free reference). */
  previousCommittee: MeetingFigure | null;
  readiness: ReadinessFigures[];
  meetings: {
    /** Meetings held on or before as-of, oldest first. */
    held: MeetingFigure[];
    /** The first planned meeting dated on or after as-of; null when none. */
    next: MeetingFigure | null;
  };
}
