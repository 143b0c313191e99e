import type { IsoDate, Partner } from '../model/types.js';
import type { ActionFigures, Figures, IndicatorFigures } from './types.js';

/** What one partner owes before a meeting; only partners that owe something get one. */
export interface Reminder {
  partner: string;
  /** Open commitments it leads with no journal entry or measure since `since`. */
  withoutNews: { commitment: string; lastReported: IsoDate | null }[];
  /** Open actions it owns, past their due date. */
  overdueActions: ActionFigures[];
  /** Indicators of its open commitments with no measure since `since`. */
  indicatorsWithoutMeasure: IndicatorFigures[];
  /** Milestones of its open commitments past their due date and not done. */
  lateMilestones: { commitment: string; title: string; due: IsoDate }[];
}

/**
 * Per partner, what it should report before the meeting, counted from
 * `since` (the last held meeting's date, included; null when none was held:
 * then only what never reported anything). Open commitments are those
 * neither done nor cancelled as of the date.
 */
export function reminders(figures: Figures, partners: readonly Partner[], since: IsoDate | null): Reminder[] {
  const quiet = (date: IsoDate | null): boolean => date === null || (since !== null && date < since);
  const open = figures.commitments.filter(
    (commitment) => commitment.status !== 'done' && commitment.status !== 'cancelled',
  );
  return partners
    .map((partner) => {
      const led = open.filter((commitment) => commitment.lead === partner.id);
      const ledIds = new Set(led.map((commitment) => commitment.id));
      return {
        partner: partner.id,
        withoutNews: led
          .filter((commitment) => quiet(commitment.lastReported))
          .map((commitment) => ({ commitment: commitment.id, lastReported: commitment.lastReported })),
        overdueActions: figures.actions.filter((action) => action.owner === partner.id && action.overdue),
        indicatorsWithoutMeasure: figures.indicators.filter(
          (indicator) => ledIds.has(indicator.commitment) && quiet(indicator.latest?.date ?? null),
        ),
        lateMilestones: led.flatMap((commitment) =>
          commitment.milestones
            .filter((milestone) => milestone.late)
            .map((milestone) => ({ commitment: commitment.id, title: milestone.title, due: milestone.due! })),
        ),
      };
    })
    .filter(
      (reminder) =>
        reminder.withoutNews.length +
          reminder.overdueActions.length +
          reminder.indicatorsWithoutMeasure.length +
          reminder.lateMilestones.length >
        0,
    );
}
