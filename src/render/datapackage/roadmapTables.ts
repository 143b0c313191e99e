/**
 * A roadmap as the fourteen tables of its open-data export (docs/reference/open-data.md): the
 * files' values as written, and the figures of src/derive as of one date in
 * the `as_of_` columns. Pure.
 *
 * What never leaves: contacts (their names, e-mails and phones: the schema
 * marks e-mails and phones `x-private`, and a contact list is only who gets
 * the secretariat's mail), the people named in attendance, the secretariat's
 * details, and any item of a file that carries `x-private: true` (a
 * commitment, milestone, indicator, measure, journal entry, meeting,
 * decision or action), with what hangs from it.
 */
import type { Figures } from '../../derive/types.js';
import { lastActivity } from '../../derive/lastActivity.js';
import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';
import { cents } from '../../model/cents.js';
import type { Roadmap } from '../../model/types.js';
import type { CellValue, Table, TableSpec } from '../../model/openData/tableSpec.js';
import * as specs from '../../model/openData/tableSpecs.js';

/** Whether a file marks this item private (`x-private: true`): it is left out of every export. */
export function isPrivate(item: object): boolean {
  return (item as Record<string, unknown>)['x-private'] === true;
}

const oneDecimal = (value: number | null): number | null => (value === null ? null : roundHalfAwayFromZero(value, 1));
const opt = <T>(value: T | undefined): T | null => value ?? null;
/** Exact cents as a decimal number of currency units (a table cell); amounts stay below 2⁵³ cents each. */
const units = (value: bigint | null): number | null => (value === null ? null : Number(value) / 100);
const idList = (values: readonly string[] | undefined): string | null =>
  values && values.length > 0 ? values.join(' ') : null;

export function roadmapTables(roadmap: Roadmap, figures: Figures): Table[] {
  const rows = new Map<TableSpec, CellValue[][]>(specs.TABLE_SPECS.map((spec) => [spec, []]));
  const add = (spec: TableSpec, row: CellValue[]): void => void rows.get(spec)!.push(row);

  const convention = roadmap.convention?.data;
  if (convention) {
    const activity = lastActivity(figures);
    const currency = (convention as { currency?: string }).currency ?? 'EUR';
    add(specs.CONVENTION, [
      convention.id,
      convention.title,
      convention.signed_on,
      opt(convention.place),
      convention.language,
      opt(convention.territory),
      opt(convention.horizon),
      convention.committee.name,
      opt(convention.committee.chair),
      opt(convention.committee.cadence_months),
      opt(convention.summary),
      opt(convention.repository?.url),
      currency,
      figures.asOf,
      activity.lastUpdate,
      activity.lastCommittee,
    ]);
  }

  const partnerFigures = new Map(figures.partners.map((partner) => [partner.id, partner]));
  for (const { data: partner } of roadmap.partners) {
    const derived = partnerFigures.get(partner.id);
    add(specs.PARTNERS, [
      partner.id,
      partner.name,
      partner.short_name,
      partner.kind,
      partner.role,
      opt(partner.joined_on),
      opt(partner.left_on),
      opt(partner.territory),
      opt(partner.representative?.name),
      opt(partner.representative?.title),
      derived?.led ?? 0,
      derived?.contributed ?? 0,
      derived?.late ?? 0,
      oneDecimal(derived?.progress ?? null),
      derived?.unknown ?? 0,
      derived?.openActions ?? 0,
      derived?.overdueActions ?? 0,
    ]);
  }

  const axisFigures = new Map(figures.axes.map((axis) => [axis.id, axis]));
  for (const { data: axis } of roadmap.axes) {
    const derived = axisFigures.get(axis.id)!;
    add(specs.AXES, [
      axis.id,
      axis.number,
      axis.title,
      axis.short_title,
      idList(axis.leads),
      derived.commitments,
      derived.done,
      derived.late,
      oneDecimal(derived.progress),
      derived.unknown,
      derived.health,
      derived.lateMilestones,
      derived.byStatus.planned,
      derived.byStatus.in_progress,
      derived.byStatus.blocked,
      derived.byStatus.done,
      derived.byStatus.cancelled,
    ]);
  }

  const commitmentFigures = new Map(figures.commitments.map((commitment) => [commitment.id, commitment]));
  const indicatorFigures = new Map(
    figures.indicators.map((indicator) => [`${indicator.commitment}\n${indicator.id}`, indicator]),
  );
  const exported = new Set<string>();
  for (const { data: commitment } of roadmap.commitments) {
    if (isPrivate(commitment)) continue;
    exported.add(commitment.id);
    const derived = commitmentFigures.get(commitment.id)!;
    const budget = commitment.budget;
    add(specs.COMMITMENTS, [
      commitment.id,
      commitment.title,
      commitment.axis,
      commitment.lead,
      idList(commitment.partners),
      commitment.status,
      opt(commitment.start),
      opt(commitment.due),
      opt(commitment.progress),
      commitment.weight ?? 1,
      budget?.cost === undefined ? null : units(cents(budget.cost)),
      derived.status,
      oneDecimal(derived.progress),
      derived.due,
      derived.late,
      derived.daysLate,
      derived.postponements.count,
      derived.lastReported,
    ]);
    (commitment.milestones ?? []).forEach((milestone, index) => {
      if (isPrivate(milestone)) return;
      add(specs.MILESTONES, [
        commitment.id,
        index + 1,
        milestone.title,
        opt(milestone.due),
        opt(milestone.done_on),
        derived.milestones[index]?.late ?? false,
      ]);
    });
    for (const indicator of commitment.indicators ?? []) {
      if (isPrivate(indicator)) continue;
      const figure = indicatorFigures.get(`${commitment.id}\n${indicator.id}`);
      add(specs.INDICATORS, [
        commitment.id,
        indicator.id,
        indicator.label,
        opt(indicator.unit),
        indicator.baseline.value,
        indicator.baseline.date,
        indicator.target.value,
        indicator.target.date,
        figure?.latest?.value ?? null,
        figure?.latest?.date ?? null,
        oneDecimal(figure?.attainment ?? null),
        figure?.behind ?? false,
      ]);
      (indicator.measures ?? []).forEach((measure, index) => {
        if (isPrivate(measure)) return;
        add(specs.MEASURES, [commitment.id, indicator.id, index + 1, measure.date, measure.value, opt(measure.source)]);
      });
    }
  }

  // The financing plan: each co-funder's planned share with what it committed and paid as of the date, then every dated entry.
  // A funder is keyed by its place in the plan: a plan may name one partner twice. The engine's funders follow the plan's order.
  const moneyOf = new Map(figures.funding.commitments.map((money) => [money.id, money.funders]));
  for (const { data: commitment } of roadmap.commitments) {
    if (!exported.has(commitment.id) || !commitment.budget) continue;
    commitment.budget.funders.forEach((funder, position) => {
      const derived = moneyOf.get(commitment.id)?.[position];
      add(specs.FUNDING, [
        commitment.id,
        position + 1,
        funder.partner,
        units(cents(funder.planned)),
        units(derived?.committed ?? null),
        units(derived?.paid ?? null),
      ]);
      for (const kind of ['committed', 'paid'] as const) {
        (funder[kind] ?? []).forEach((entry, index) => {
          if (isPrivate(entry)) return;
          add(specs.FUNDING_ENTRIES, [
            commitment.id,
            position + 1,
            funder.partner,
            kind,
            index + 1,
            entry.date,
            units(cents(entry.amount)),
            opt(entry.ref),
          ]);
        });
      }
    });
  }

  const decisions = new Set<string>();
  const actionFigures = new Map(figures.actions.map((action) => [action.id, action]));
  for (const { data: meeting } of roadmap.meetings) {
    if (isPrivate(meeting)) continue;
    add(specs.MEETINGS, [
      meeting.id,
      meeting.date,
      meeting.kind,
      meeting.title,
      meeting.status,
      opt(meeting.place),
      opt(meeting.time),
      opt(meeting.end_time),
      opt(meeting.chair),
    ]);
    for (const attendee of meeting.attendees ?? []) {
      if (isPrivate(attendee)) continue;
      add(specs.ATTENDANCE, [meeting.id, attendee.partner, attendee.present, attendee.excused ?? false]);
    }
    (meeting.decisions ?? []).forEach((decision, index) => {
      if (isPrivate(decision)) return;
      decisions.add(decision.id);
      add(specs.DECISIONS, [
        decision.id,
        meeting.id,
        index + 1,
        decision.text,
        idList(decision.axes),
        idList(decision.commitments?.filter((id) => exported.has(id))),
      ]);
    });
    for (const action of meeting.actions ?? []) {
      if (isPrivate(action)) continue;
      const figure = actionFigures.get(action.id);
      const commitment = action.commitment !== undefined && exported.has(action.commitment) ? action.commitment : null;
      add(specs.ACTIONS, [
        action.id,
        meeting.id,
        action.text,
        action.owner,
        opt(action.due),
        action.status,
        opt(action.closed_on),
        commitment,
        opt(action.note),
        figure?.status ?? null,
        figure?.overdue ?? null,
      ]);
    }
  }

  // The journal last: a decision it names may have been withheld, and the entry then keeps its text without the link.
  for (const { data: commitment } of roadmap.commitments) {
    if (!exported.has(commitment.id)) continue;
    (commitment.updates ?? []).forEach((entry, index) => {
      if (isPrivate(entry)) return;
      const milestone = (entry as { milestone?: number }).milestone;
      add(specs.JOURNAL, [
        commitment.id,
        index + 1,
        entry.date,
        entry.text,
        opt(entry.status),
        opt(entry.due),
        opt(entry.previous_due),
        entry.decision !== undefined && decisions.has(entry.decision) ? entry.decision : null,
        opt(milestone),
      ]);
    });
  }

  return specs.TABLE_SPECS.map((spec) => ({ spec, rows: rows.get(spec)! }));
}
