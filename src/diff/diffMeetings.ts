import type { Action, Entity, Meeting } from '../model/types.js';
import { addedEntries, pairById } from './pairById.js';
import type { MeetingChange, Subject } from './types.js';

/** Meetings added or removed, their status, decisions recorded and actions opened or closed. */
export function diffMeetings(before: readonly Entity<Meeting>[], after: readonly Entity<Meeting>[]): Subject<MeetingChange>[] {
  const subjects: Subject<MeetingChange>[] = [];
  for (const pair of pairById(before.map((e) => e.data), after.map((e) => e.data), (meeting) => meeting.id)) {
    const changes: MeetingChange[] = [];
    if (!pair.after) {
      changes.push({ kind: 'removed', date: pair.before!.date });
    } else {
      if (!pair.before) changes.push({ kind: 'added', date: pair.after.date, status: pair.after.status });
      else if (pair.before.status !== pair.after.status) changes.push({ kind: 'status', before: pair.before.status, after: pair.after.status });
      changes.push(...meetingContentChanges(pair.before, pair.after));
    }
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.title, changes });
  }
  return subjects;
}

function meetingContentChanges(before: Meeting | undefined, after: Meeting): MeetingChange[] {
  const changes: MeetingChange[] = [];
  for (const decision of addedEntries(before?.decisions ?? [], after.decisions ?? [], (d) => d.id)) {
    changes.push({ kind: 'decision-recorded', decision: decision.id, text: decision.text });
  }
  for (const pair of pairById(before?.actions ?? [], after.actions ?? [], (action) => action.id)) {
    const change = pair.after && actionChange(pair.before, pair.after);
    if (change) changes.push(change);
  }
  return changes;
}

function actionChange(before: Action | undefined, after: Action): MeetingChange | undefined {
  const { id: action, text, owner } = after;
  const wasOpen = before === undefined || before.status === 'open';
  if (after.status !== 'open' && wasOpen) return { kind: 'action-closed', action, text, owner, status: after.status, closedOn: after.closed_on ?? null };
  if (after.status === 'open' && !before) return { kind: 'action-opened', action, text, owner, due: after.due ?? null };
  if (after.status === 'open' && !wasOpen) return { kind: 'action-reopened', action, text, owner };
  return undefined;
}
