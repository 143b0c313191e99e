/**
 * The edit behind `roadmap close`: in the meeting file where the action was
 * decided, its `status` becomes done or cancelled, `closed_on` the closing
 * date and, when given, `note` what was done or why it was dropped.
 */
import { isMap, type Document } from 'yaml';
import { setInOrder } from './documentEdits.js';
import { ownItem } from './unalias.js';

export interface ActionClosing {
  /** 0-based index into the meeting's `actions`. */
  index: number;
  status: 'done' | 'cancelled';
  on: string;
  note?: string;
}

// The meeting schema's order of an action's keys: a new key goes after the last of these present.
const CLOSED_ON_AFTER = ['id', 'text', 'owner', 'due', 'status'];
const NOTE_AFTER = [...CLOSED_ON_AFTER, 'closed_on', 'commitment'];

export function closeAction(doc: Document, closing: ActionClosing): void {
  // An action written as an alias of another is made its own copy: closing it closes it alone.
  const action = isMap(doc.contents) ? ownItem(doc, doc.contents, 'actions', closing.index) : undefined;
  if (!isMap(action)) return;
  setInOrder(doc, action, 'status', closing.status, ['id', 'text', 'owner', 'due']);
  setInOrder(doc, action, 'closed_on', closing.on, CLOSED_ON_AFTER);
  if (closing.note !== undefined) setInOrder(doc, action, 'note', closing.note, NOTE_AFTER);
}
