/**
 * The dated facts of a roadmap as calendar events: meetings, commitment due
 * dates, milestones and action deadlines. Each event's UID comes from ids
 * (`meeting-<id>@roadmap`), so a calendar that subscribes to the file sees
 * the same event move rather than a new one appear; no two events share one.
 * A meeting with a `time` is a timed event in Paris time (two hours long
 * unless it has an `end_time`); everything else is all-day. Cancelled
 * commitments and actions are left out; a cancelled meeting stays, marked
 * cancelled.
 */
import { message } from '../../i18n/editingMessages.js';
import { actionStatusWord, commitmentStatusWord, meetingStatusWord } from '../../i18n/vocabulary.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { kebabCase } from '../../util/kebabCase.js';
import type { Commitment, Roadmap } from '../../model/types.js';

export interface CalendarEvent {
  uid: string;
  date: string;
  /** Local times in Paris, `HH:MM`; absent for an all-day event. */
  time?: { start: string; end: string };
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
      ...(meeting.time
        ? {
            time: {
              start: meeting.time,
              end:
                meeting.end_time !== undefined && meeting.end_time > meeting.time
                  ? meeting.end_time
                  : addHours(meeting.time, DEFAULT_MEETING_HOURS),
            },
          }
        : {}),
      summary: meeting.title,
      description: message('calendar/meeting', lang, { status: meetingStatusWord(meeting.status, lang) }),
      location: meeting.place,
      cancelled: meeting.status === 'cancelled',
      busy: true,
    });
    for (const action of meeting.actions ?? []) {
      if (action.due === undefined || action.status === 'cancelled') continue;
      events.push(
        deadline(
          `action-${action.id}@roadmap`,
          action.due,
          message('calendar/action', lang, { text: action.text }),
          message('calendar/action-owner', lang, {
            owner: partnerName.get(action.owner) ?? action.owner,
            meeting: meeting.title,
            status: actionStatusWord(action.status, lang),
          }),
        ),
      );
    }
  }

  for (const { data: commitment } of roadmap.commitments) {
    if (commitment.status === 'cancelled') continue;
    const about = message('calendar/commitment', lang, {
      lead: partnerName.get(commitment.lead) ?? commitment.lead,
      axis: axisName.get(commitment.axis) ?? commitment.axis,
      status: commitmentStatusWord(commitment.status, lang),
    });
    if (commitment.due !== undefined) {
      events.push(
        deadline(
          `commitment-${commitment.id}-due@roadmap`,
          commitment.due,
          message('calendar/due', lang, { title: commitment.title }),
          about,
        ),
      );
    }
    for (const [slug, milestone] of milestoneSlugs(commitment)) {
      if (milestone.due === undefined) continue;
      const done =
        milestone.done_on === undefined
          ? ''
          : ` ${message('calendar/milestone-done', lang, { date: formatDate(milestone.done_on, lang) })}`;
      events.push(
        deadline(
          `milestone-${commitment.id}.${slug}@roadmap`,
          milestone.due,
          message('calendar/milestone', lang, { name: milestone.title, title: commitment.title }),
          about + done,
        ),
      );
    }
  }
  return events.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0,
  );
}

function deadline(uid: string, date: string, summary: string, description: string): CalendarEvent {
  return { uid, date, summary, description, cancelled: false, busy: false };
}

/**
 * Milestones have no id: their title in kebab-case stands for one. Kebab case
 * never holds a dot, so the dot after the commitment id and before a number
 * (`phase.2`, when two milestones share a title) keeps every UID distinct:
 * `Phase`, `Phase`, `Phase 2` give `phase`, `phase.2`, `phase-2`, and
 * commitment `a` with « b x » never meets commitment `a-b` with « x ».
 */
function milestoneSlugs(commitment: Commitment): [string, NonNullable<Commitment['milestones']>[number]][] {
  const used = new Set<string>();
  return (commitment.milestones ?? []).map((milestone) => {
    const base = kebabCase(milestone.title) || 'milestone';
    let slug = base;
    for (let count = 2; used.has(slug); count++) slug = `${base}.${count}`;
    used.add(slug);
    return [slug, milestone];
  });
}

/** A meeting without an end time (or with one not after its start) is shown two hours long: the usual length of a committee. */
const DEFAULT_MEETING_HOURS = 2;

function addHours(time: string, hours: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const end = Math.min(h + hours, 23);
  return `${String(end).padStart(2, '0')}:${String(end === 23 && h + hours > 23 ? 59 : m).padStart(2, '0')}`;
}
