/**
 * The dated facts of a roadmap as calendar events: meetings, commitment due
 * dates, milestones and action deadlines. Each event's UID comes from ids
 * (`meeting-<id>@roadmap`), so a calendar that subscribes to the file sees
 * the same event move rather than a new one appear. Cancelled commitments
 * and actions are left out; a cancelled meeting stays, marked cancelled.
 */
import { message, statusLabel } from '../../i18n/editingMessages.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { kebabCase } from '../../util/kebabCase.js';
import type { Commitment, Roadmap } from '../../model/types.js';

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  location?: string;
  cancelled: boolean;
  /** Deadlines do not make anyone busy; meetings do. */
  busy: boolean;
}

export function calendarEvents(roadmap: Roadmap, lang: Lang): CalendarEvent[] {
  const partnerName = new Map(roadmap.partners.map((partner) => [partner.data.id, partner.data.short_name]));
  const axisName = new Map(roadmap.axes.map((axis) => [axis.data.id, axis.data.short_title]));
  const events: CalendarEvent[] = [];

  for (const { data: meeting } of roadmap.meetings) {
    events.push({
      uid: `meeting-${meeting.id}@roadmap`,
      date: meeting.date,
      summary: meeting.title,
      description: message('calendar/meeting', lang, { status: statusLabel(meeting.status, lang) }),
      location: meeting.place,
      cancelled: meeting.status === 'cancelled',
      busy: true,
    });
    for (const action of meeting.actions ?? []) {
      if (action.due === undefined || action.status === 'cancelled') continue;
      events.push(deadline(`action-${action.id}@roadmap`, action.due, message('calendar/action', lang, { text: action.text }),
        message('calendar/action-owner', lang, { owner: partnerName.get(action.owner) ?? action.owner, meeting: meeting.title, status: statusLabel(action.status, lang) })));
    }
  }

  for (const { data: commitment } of roadmap.commitments) {
    if (commitment.status === 'cancelled') continue;
    const about = message('calendar/commitment', lang, {
      lead: partnerName.get(commitment.lead) ?? commitment.lead,
      axis: axisName.get(commitment.axis) ?? commitment.axis,
      status: statusLabel(commitment.status, lang),
    });
    if (commitment.due !== undefined) {
      events.push(deadline(`commitment-${commitment.id}-due@roadmap`, commitment.due, message('calendar/due', lang, { title: commitment.title }), about));
    }
    for (const [slug, milestone] of milestoneSlugs(commitment)) {
      if (milestone.due === undefined) continue;
      const done = milestone.done_on === undefined ? '' : ` ${message('calendar/milestone-done', lang, { date: formatDate(milestone.done_on, lang) })}`;
      events.push(deadline(`milestone-${commitment.id}-${slug}@roadmap`, milestone.due,
        message('calendar/milestone', lang, { name: milestone.title, title: commitment.title }), about + done));
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}

function deadline(uid: string, date: string, summary: string, description: string): CalendarEvent {
  return { uid, date, summary, description, cancelled: false, busy: false };
}

/** Milestones have no id: their title in kebab-case stands for one, numbered when two share it. */
function milestoneSlugs(commitment: Commitment): [string, NonNullable<Commitment['milestones']>[number]][] {
  const seen = new Map<string, number>();
  return (commitment.milestones ?? []).map((milestone) => {
    const base = kebabCase(milestone.title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [count === 1 ? base : `${base}-${count}`, milestone];
  });
}
