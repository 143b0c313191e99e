/** The money (docs/reference/money.md), as of a date: every amount in exact integer cents (BigInt). */
import type { IsoDate } from '../../model/types.js';

export type Cents = bigint;

/** The sums every row of the funding figures carries. */
export interface MoneySums {
  /** Σ cost of the commitments that have one; null when none has. */
  cost: Cents | null;
  planned: Cents;
  /** Σ (cost − planned) over the commitments that have a cost; null when none has. */
  gap: Cents | null;
  /** Entries dated on or before as-of. */
  committed: Cents;
  paid: Cents;
  /** 100 × committed / planned, unrounded; null when planned is 0. */
  committedRate: number | null;
  /** 100 × paid / committed, unrounded; null when committed is 0. */
  paidRate: number | null;
}

export interface CommitmentMoney extends MoneySums {
  id: string;
  title: string;
  axis: string;
  /** True when the commitment is cancelled as of the date: shown, never summed. */
  cancelled: boolean;
  funders: FunderMoney[];
}

export interface AxisMoney extends MoneySums {
  id: string;
  number: number;
  title: string;
  shortTitle: string;
}

/** One partner's money across the commitments it funds. */
export interface FunderMoney {
  partner: string;
  planned: Cents;
  committed: Cents;
  paid: Cents;
  committedRate: number | null;
  paidRate: number | null;
}

export interface YearMoney {
  year: number;
  committed: Cents;
  paid: Cents;
}

/** One committed or paid entry dated on or before as-of, of a non-cancelled commitment. */
export interface MoneyEntryFigure {
  commitment: string;
  axis: string;
  partner: string;
  kind: 'committed' | 'paid';
  date: IsoDate;
  amount: Cents;
  ref: string | null;
}

export interface FundingFigures {
  /** ISO 4217, the convention's `currency` (EUR when absent). */
  currency: string;
  /** False when no commitment has a budget: documents then leave the section out. */
  any: boolean;
  total: MoneySums;
  /** Axes with at least one non-cancelled budgeted commitment, in axis order. */
  axes: AxisMoney[];
  /** Partners funding at least one non-cancelled commitment, by id. */
  funders: FunderMoney[];
  /** Calendar years of the entries dated on or before as-of, oldest first. */
  years: YearMoney[];
  /** Every budgeted commitment (cancelled ones flagged), by id. */
  commitments: CommitmentMoney[];
  /** Entries dated on or before as-of, oldest first. */
  entries: MoneyEntryFigure[];
}
