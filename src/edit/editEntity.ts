/**
 * One entity file edited by field operations (fieldEdits.ts) and, for the
 * markdown kinds, its body replaced when asked: comments, key order, quoting,
 * line endings and BOM of everything else kept (editFrontMatter.ts).
 */
import type { Document } from 'yaml';
import { splitFrontMatter } from '../parse/splitFrontMatter.js';
import { editFrontMatter, type EditedFile } from './editFrontMatter.js';
import { applyFieldEdits, type FieldEdit, type KeyOrder } from './fieldEdits.js';

export function editEntity(
  bytes: Uint8Array,
  rel: string,
  edits: readonly FieldEdit[],
  order: KeyOrder,
  body?: string,
  more?: (doc: Document) => void,
): EditedFile {
  const edited = editFrontMatter(bytes, rel.endsWith('.md'), (doc) => {
    applyFieldEdits(doc, edits, order);
    more?.(doc);
  });
  if (!edited.ok || body === undefined) return edited;
  return withBody(edited, body);
}

/** The markdown body after the front matter replaced by `body` (one blank line before it, one line end after). */
function withBody(edited: Extract<EditedFile, { ok: true }>, body: string): EditedFile {
  const split = splitFrontMatter(edited.text);
  if (!split.ok) return { ok: false, reason: 'unreadable' };
  const eol = edited.text.includes('\r\n') ? '\r\n' : '\n';
  const trimmed = body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
  const text =
    edited.text.slice(0, split.bodyStart) + (trimmed === '' ? '' : `${eol}${trimmed.replace(/\n/g, eol)}${eol}`);
  const hasBom = edited.bytes[0] === 0xef && edited.bytes[1] === 0xbb && edited.bytes[2] === 0xbf;
  return { ok: true, text, before: edited.before, bytes: new TextEncoder().encode((hasBom ? '\ufeff' : '') + text) };
}
