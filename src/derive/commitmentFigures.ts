import type { Entity, Commitment, IsoDate } from '../model/types.js';
import { dueAsOf } from './dueAsOf.js';
import { effectiveProgress } from './effectiveProgress.js';
import { lastReported } from './lastReported.js';
import { lateness } from './lateness.js';
import { milestoneFigures } from './milestoneFigures.js';
import { postponementFigures } from './postponementFigures.js';
import { statusAsOf } from './statusAsOf.js';
import type { CommitmentFigures } from './types.js';

/** One commitment as it stood on `asOf`. */
export function commitmentFigures(entity: Entity<Commitment>, asOf: IsoDate): CommitmentFigures {
  const commitment = entity.data;
  const status = statusAsOf(commitment, asOf);
  const milestones = milestoneFigures(commitment, status, asOf);
  const due = dueAsOf(commitment, asOf);
  const daysLate = lateness(status, due, asOf);
  const progress = effectiveProgress(commitment, status, milestones);
  return {
    id: commitment.id,
    title: commitment.title,
    axis: commitment.axis,
    lead: commitment.lead,
    partners: [...new Set(commitment.partners ?? [])].filter((partner) => partner !== commitment.lead),
    file: entity.file,
    status,
    progress: progress.progress,
    progressSource: progress.source,
    weight: commitment.weight ?? 1,
    due,
    postponements: postponementFigures(commitment, due, asOf),
    late: daysLate > 0,
    daysLate,
    milestones,
    lastReported: lastReported(commitment, asOf),
    journal: (commitment.updates ?? [])
      .filter((entry) => entry.date <= asOf)
      .map((entry) => ({
        date: entry.date,
        text: entry.text,
        status: entry.status ?? null,
        due: entry.due ?? null,
        previousDue: entry.previous_due ?? null,
        decision: entry.decision ?? null,
      })),
  };
}
