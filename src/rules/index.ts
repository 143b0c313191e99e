/** The rules of validation stages 3–6 (identity, references, consistency, staleness), in the order they run. */
import type { Rule } from './context.js';
import { idFileName } from './idFileName.js';
import { idDuplicate } from './idDuplicate.js';
import { axisDuplicateNumber } from './axisDuplicateNumber.js';
import { references } from './references.js';
import { dateOrder } from './dateOrder.js';
import { dateFuture } from './dateFuture.js';
import { progressDone } from './progressDone.js';
import { actionDoneWithoutClosed } from './actionDoneWithoutClosed.js';
import { meetingHeldInFuture } from './meetingHeldInFuture.js';
import { measureBeforeBaseline } from './measureBeforeBaseline.js';
import { indicatorFlatTarget } from './indicatorFlatTarget.js';
import { journal } from './journal.js';
import { journalDue } from './journalDue.js';
import { meetingPastPlanned } from './meetingPastPlanned.js';
import { stalePastDue } from './stalePastDue.js';
import { partnerNoMaintainers } from './partnerNoMaintainers.js';
import { ownersOutOfDate } from './ownersOutOfDate.js';
import { guideOutOfDate } from './guideOutOfDate.js';
import { meetingMinutesPlaceholder } from './meetingMinutesPlaceholder.js';
import { logos } from './logos.js';
import { budget } from './budget.js';

/** Rules over one file at a time: `validate --changed-since` runs them on changed files only. */
export const FILE_RULES: readonly Rule[] = [
  idFileName,
  dateOrder,
  dateFuture,
  progressDone,
  actionDoneWithoutClosed,
  meetingHeldInFuture,
  measureBeforeBaseline,
  indicatorFlatTarget,
  journal,
  journalDue,
  budget,
  stalePastDue,
  partnerNoMaintainers,
  meetingPastPlanned,
  meetingMinutesPlaceholder,
];

/** Rules across files (uniqueness, references): always run on the whole roadmap. */
export const GLOBAL_RULES: readonly Rule[] = [idDuplicate, axisDuplicateNumber, references, logos, ownersOutOfDate];

/** Rules that render something from the roadmap's values (the partner guide): run only when no other rule found an error. */
export const RULES_ON_A_VALID_ROADMAP: readonly Rule[] = [guideOutOfDate];
