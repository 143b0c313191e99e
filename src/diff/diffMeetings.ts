import type { Action, Decision, Entity, Meeting } from '../model/types.js';
import { descriptionChanged } from './descriptionChanged.js';
import { diffFields } from './diffFields.js';
import { keyedItems } from './keyedItems.js';
import { pairById } from './pairById.js';
import type { GenericChange, MeetingChange, Subject } from './types.js';

const NAMED = new Set(['id']);

/** Meetings added or removed, their status, decisions recorded, actions opened or closed, and every other field. */
export function diffMeetings(
  before: readonly Entity<Meeting>[],
  after: readonly Entity<Meeting>[],
): Subject<MeetingChange>[] {
  const subjects: Subject<MeetingChange>[] = [];
  for (const pair of pairById(before, after, (entity) => entity.data.id)) {
    const changes: MeetingChange[] = [];
    if (!pair.after) changes.push({ kind: 'removed', date: pair.before!.data.date });
    else if (!pair.before) changes.push(...addedMeeting(pair.after.data));
    else changes.push(...meetingChanges(pair.before, pair.after));
    if (changes.length > 0) subjects.push({ id: pair.id, title: (pair.after ?? pair.before)!.data.title, changes });
  }
  return subjects;
}

function addedMeeting(meeting: Meeting): MeetingChange[] {
  return [
    { kind: 'added', date: meeting.date, status: meeting.status },
    ...(meeting.decisions ?? []).map(decisionRecorded),
    ...(meeting.actions ?? []).map((action) => actionChange(undefined, action)!),
  ];
}

function meetingChanges(before: Entity<Meeting>, after: Entity<Meeting>): MeetingChange[] {
  const changes: MeetingChange[] = [];
  const actionsBefore = new Map(keyedItems(before.data.actions));
  const actionsAfter = new Map(keyedItems(after.data.actions));
  const closedWithDate = new Set<string>();
  for (const change of diffFields(before.data, after.data, NAMED)) {
    if (change.kind === 'field' && change.item === null && change.field === 'status') {
      changes.push({ kind: 'status', before: before.data.status, after: after.data.status });
    } else if (change.kind === 'item-added' && change.field === 'decisions') {
      changes.push(decisionRecorded(change.value as Decision));
    } else if (change.kind === 'item-added' && change.field === 'actions') {
      changes.push(actionChange(undefined, change.value as Action)!);
    } else if (
      change.kind === 'field' &&
      change.field === 'actions.status' &&
      actionChange(actionsBefore.get(change.item!), actionsAfter.get(change.item!)!)
    ) {
      const named = actionChange(actionsBefore.get(change.item!), actionsAfter.get(change.item!)!)!;
      if (named.kind === 'action-closed') closedWithDate.add(change.item!);
      changes.push(named);
    } else {
      changes.push(change as GenericChange);
    }
  }
  changes.push(...descriptionChanged(before.body, after.body));
  // The closing date travels with "action closed"; shown again as a field it would say the same thing twice.
  return changes.filter(
    (change) => !(change.kind === 'field' && change.field === 'actions.closed_on' && closedWithDate.has(change.item!)),
  );
}

function decisionRecorded(decision: Decision): MeetingChange {
  return { kind: 'decision-recorded', decision: decision.id, text: decision.text };
}

/** Opened, closed or reopened; undefined for a move between two closed statuses (shown as a field). */
function actionChange(before: Action | undefined, after: Action): MeetingChange | undefined {
  const { id: action, text, owner } = after;
  const wasOpen = before === undefined || before.status === 'open';
  if (after.status !== 'open' && wasOpen)
    return { kind: 'action-closed', action, text, owner, status: after.status, closedOn: after.closed_on ?? null };
  if (after.status === 'open' && !before) return { kind: 'action-opened', action, text, owner, due: after.due ?? null };
  if (after.status === 'open' && !wasOpen) return { kind: 'action-reopened', action, text, owner };
  return undefined;
}
