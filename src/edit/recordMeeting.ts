/**
 * The edit behind `roadmap meeting record`, applied to a meeting's parsed
 * front matter: `status: held`, the attendance of each invited member (an
 * entry already there keeps its `people` and its place; a missing one is
 * added like its neighbours), and the new decisions and actions appended.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { appendLikeSiblings, listAt, setInOrder } from './documentEdits.js';
import { applyFieldEdits, type FieldEdit } from './fieldEdits.js';
import { KEY_ORDERS } from './keyOrders.js';

export interface AttendanceLine {
  partner: string;
  present: boolean;
  excused: boolean;
}

export interface MeetingRecord {
  /** Undefined: the attendance already recorded is kept as it is. */
  attendance?: readonly AttendanceLine[];
  /** Who represented each partner (`--people`), by partner id. */
  people?: ReadonlyMap<string, readonly string[]>;
  /** Guests present, by their index in `guests`; the others are recorded absent. Undefined: left as they are. */
  guestsPresent?: ReadonlySet<number>;
  guestCount?: number;
  /** Earlier meetings whose minutes this one approved, appended when not there yet. */
  approvedMinutes?: readonly string[];
  chairedBy?: string;
  secretary?: string;
  decisions: readonly { id: string; text: string }[];
  actions: readonly { id: string; text: string; owner: string; due?: string }[];
}

// The meeting schema's key order: a list the file does not have yet goes after the last of these present.
const HEAD = ['id', 'date', 'kind', 'title', 'status', 'place', 'time', 'end_time', 'chair'];
const ATTENDEES_AFTER = HEAD;
const DECISIONS_AFTER = [...HEAD, 'attendees', 'guests', 'agenda'];
const ACTIONS_AFTER = [...DECISIONS_AFTER, 'decisions'];

export function recordMeeting(doc: Document, record: MeetingRecord): void {
  const root = doc.contents as YAMLMap;
  setInOrder(doc, root, 'status', 'held', ['id', 'date', 'kind', 'title']);
  if (record.attendance !== undefined) {
    const attendees = listAt(doc, root, 'attendees', ATTENDEES_AFTER);
    for (const line of record.attendance) recordAttendance(doc, attendees, line);
  }
  const edits: FieldEdit[] = [];
  const attendees = root.get('attendees', true);
  if (record.people && isSeq(attendees)) {
    attendees.items.forEach((item, index) => {
      const names = isMap(item) ? record.people!.get(String(partnerOf(item))) : undefined;
      if (names) edits.push({ op: 'set', path: ['attendees', index, 'people'], value: [...names] });
    });
  }
  if (record.guestsPresent)
    for (let index = 0; index < (record.guestCount ?? 0); index++)
      edits.push({ op: 'set', path: ['guests', index, 'present'], value: record.guestsPresent.has(index) });
  if (record.chairedBy !== undefined) edits.push({ op: 'set', path: ['chaired_by'], value: record.chairedBy });
  if (record.secretary !== undefined) edits.push({ op: 'set', path: ['secretary'], value: record.secretary });
  for (const meeting of record.approvedMinutes ?? [])
    edits.push({ op: 'append', path: ['approved_minutes'], item: meeting });
  applyFieldEdits(doc, edits, KEY_ORDERS.meeting);
  if (record.decisions.length > 0) {
    const decisions = listAt(doc, root, 'decisions', DECISIONS_AFTER);
    for (const decision of record.decisions)
      appendLikeSiblings(doc, decisions, { id: decision.id, text: decision.text });
  }
  if (record.actions.length > 0) {
    const actions = listAt(doc, root, 'actions', ACTIONS_AFTER);
    for (const action of record.actions) {
      const item: Record<string, unknown> = { id: action.id, text: action.text, owner: action.owner };
      if (action.due !== undefined) item.due = action.due;
      item.status = 'open';
      appendLikeSiblings(doc, actions, item);
    }
  }
}

function recordAttendance(doc: Document, attendees: YAMLSeq, line: AttendanceLine): void {
  const existing = attendees.items.find((item): item is YAMLMap => isMap(item) && partnerOf(item) === line.partner);
  if (!existing) {
    appendLikeSiblings(
      doc,
      attendees,
      line.excused
        ? { partner: line.partner, present: false, excused: true }
        : { partner: line.partner, present: line.present },
    );
    return;
  }
  setInOrder(doc, existing, 'present', line.present, ['partner', 'people']);
  if (line.excused) setInOrder(doc, existing, 'excused', true, ['partner', 'people', 'present']);
  else existing.delete('excused');
}

function partnerOf(item: YAMLMap): unknown {
  const value = item.get('partner', true);
  return isScalar(value) ? value.value : undefined;
}
