import type { Entity, IsoDate, Meeting } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import type { MeetingFigure } from './types.js';

export interface MeetingsAsOf {
  held: MeetingFigure[];
  next: MeetingFigure | null;
  /** The latest committee held strictly before as-of: the reference for readiness. */
  previousCommittee: MeetingFigure | null;
}

/**
 * Meetings as the secretariat saw them on `asOf`: those held by then, and the next
 * one still to come (a meeting held after as-of was still planned on that date).
 */
export function meetingFigures(meetings: readonly Entity<Meeting>[], asOf: IsoDate): MeetingsAsOf {
  const sorted = meetings
    .map((entity) => figure(entity.data))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  const held = sorted.filter((meeting) => meeting.status === 'held' && meeting.date <= asOf);
  const next = sorted.find(
    (meeting) =>
      meeting.status !== 'cancelled' &&
      (meeting.date > asOf || (meeting.date === asOf && meeting.status === 'planned')),
  );
  const previousCommittee =
    held.filter((meeting) => meeting.kind === 'committee' && meeting.date < asOf).at(-1) ?? null;
  return { held, next: next ? { ...next, status: 'planned' } : null, previousCommittee };
}

function figure(meeting: Meeting): MeetingFigure {
  return { id: meeting.id, date: meeting.date, kind: meeting.kind, title: meeting.title, status: meeting.status };
}
