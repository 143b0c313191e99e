/**
 * Reference-data edits (`roadmap edit`, the new flags of `update` and
 * `meeting record`) as a list of small operations on a parsed YAML document:
 * set a field, delete it, append to a list, remove or move a list item. A
 * field the file does not have yet goes where the schema puts it; free text
 * is always written double-quoted, so that « : », « # », a leading « - » or
 * quotes stay a string, whatever the text.
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { unaliasNode } from './unalias.js';

export type FieldPath = readonly (string | number)[];

export type FieldEdit =
  | { op: 'set'; path: FieldPath; value: unknown }
  | { op: 'delete'; path: FieldPath }
  | { op: 'append'; path: FieldPath; item: unknown }
  | { op: 'remove'; path: FieldPath; index: number }
  | { op: 'move'; path: FieldPath; from: number; to: number };

/** The order of keys of each mapping, by its path with list indices left out (`['agenda']` for an agenda item). */
export type KeyOrder = Readonly<Record<string, readonly string[]>>;

/** Ids, enum words, dates and times: written plain; anything else is free text and double-quoted. */
const PLAIN = /^(?:[a-z][a-z0-9_]*(?:-[a-z0-9]+)*|[A-Z]{3}|\d{4}-\d{2}-\d{2}|\d{2}:\d{2})$/;
const YAML_WORDS = new Set(['true', 'false', 'null', 'nan', 'inf']);

export function applyFieldEdits(doc: Document, edits: readonly FieldEdit[], order: KeyOrder): void {
  for (const edit of edits) {
    const parentPath = edit.op === 'set' || edit.op === 'delete' ? edit.path.slice(0, -1) : edit.path;
    const key = edit.path[edit.path.length - 1];
    if (edit.op === 'delete') {
      const parent = doc.getIn(parentPath, true);
      // A node other places alias is copied to them first (unalias.ts): removing it here leaves them whole.
      if ((isMap(parent) || isSeq(parent)) && key !== undefined) {
        unaliasNode(doc, parent.get(key, true));
        parent.delete(key);
      }
      pruneEmpty(doc, parentPath);
      continue;
    }
    if (edit.op === 'set') {
      const holder = doc.getIn(parentPath, true);
      if (isSeq(holder) && typeof key === 'number') {
        // A list item (`leads: [cci, ept]`, an attendee's partner): replaced in place, its comment kept.
        const old = holder.get(key, true);
        unaliasNode(doc, old);
        const node = valueNode(doc, edit.value);
        if (isScalar(old) && isScalar(node)) node.comment = old.comment;
        holder.set(key, node);
        continue;
      }
      const parent = mapAt(doc, parentPath, order);
      setKey(doc, parent, String(key), valueNode(doc, edit.value), order[shapeOf(parentPath)] ?? []);
      continue;
    }
    const list = listAt(doc, edit.path, order);
    if (edit.op === 'append') list.items.push(valueNode(doc, edit.item, list));
    else if (edit.op === 'remove') list.items.splice(edit.index, 1);
    else {
      const [moved] = list.items.splice(edit.from, 1);
      list.items.splice(edit.to, 0, moved!);
    }
    if (list.items.length === 0) {
      const holder = doc.getIn(edit.path.slice(0, -1), true);
      if (isMap(holder)) holder.delete(edit.path[edit.path.length - 1]);
    }
  }
}

/** A node for a value given on the command line: free text double-quoted, a mapping styled like its list's last item. */
export function valueNode(doc: Document, value: unknown, list?: YAMLSeq): Node {
  if (typeof value === 'string') {
    const scalar = new Scalar(value);
    if (!PLAIN.test(value) || YAML_WORDS.has(value)) scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  if (Array.isArray(value)) {
    const seq = doc.createNode([]) as YAMLSeq;
    seq.flow = value.every((item) => typeof item === 'string' && PLAIN.test(item)) && value.length > 0;
    for (const item of value) seq.items.push(valueNode(doc, item));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = doc.createNode({}) as YAMLMap;
    const model = list?.items[list.items.length - 1];
    map.flow = isMap(model) ? (model.flow ?? false) : false;
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) map.items.push(doc.createPair(key, valueNode(doc, item)));
    return map;
  }
  return doc.createNode(value) as Node;
}

function setKey(doc: Document, map: YAMLMap, key: string, node: Node, order: readonly string[]): void {
  if (map.has(key)) {
    const old = map.get(key, true);
    // An edit changes only the node it names: what aliases the old value keeps it (unalias.ts).
    unaliasNode(doc, old);
    // An existing scalar keeps its comment; a value of the same kind keeps the file's quoting when that is safe.
    if (isScalar(old) && isScalar(node)) {
      node.comment = old.comment;
      node.commentBefore = old.commentBefore;
    }
    map.set(key, node);
    return;
  }
  const pair = doc.createPair(key, node);
  const rank = order.indexOf(key);
  const keys = map.items.map((item) => (isScalar(item.key) ? order.indexOf(String(item.key.value)) : -1));
  // After the last key the schema puts before it; before the first it puts after it; else at the end.
  const lastBefore =
    rank === -1 ? -1 : keys.reduce((found, other, position) => (other !== -1 && other < rank ? position : found), -1);
  const firstAfter = rank === -1 ? -1 : keys.findIndex((other) => other > rank);
  const at = lastBefore !== -1 ? lastBefore + 1 : firstAfter !== -1 ? firstAfter : map.items.length;
  map.items.splice(at, 0, pair);
}

/** The mapping at `path`, created (block style, in schema order) where missing. */
function mapAt(doc: Document, path: FieldPath, order: KeyOrder): YAMLMap {
  if (path.length === 0) return doc.contents as YAMLMap;
  const existing = doc.getIn(path, true);
  if (isMap(existing)) return existing;
  const parent = mapAt(doc, path.slice(0, -1), order);
  const created = doc.createNode({}) as YAMLMap;
  setKey(doc, parent, String(path[path.length - 1]), created, order[shapeOf(path.slice(0, -1))] ?? []);
  return created;
}

function listAt(doc: Document, path: FieldPath, order: KeyOrder): YAMLSeq {
  const existing = doc.getIn(path, true);
  if (isSeq(existing)) return existing;
  const parent = mapAt(doc, path.slice(0, -1), order);
  const created = doc.createNode([]) as YAMLSeq;
  created.flow = false;
  setKey(doc, parent, String(path[path.length - 1]), created, order[shapeOf(path.slice(0, -1))] ?? []);
  return created;
}

/** A mapping left empty by a delete (`representative` without its last key) goes too. */
function pruneEmpty(doc: Document, path: FieldPath): void {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (!(isMap(node) || isSeq(node)) || node.items.length > 0) return;
    const holder = doc.getIn(path.slice(0, depth - 1), true);
    if (isMap(holder) || isSeq(holder)) holder.delete(path[depth - 1]);
  }
}

/** `['agenda', 2]` → 'agenda': the key order of a mapping does not depend on its position in a list. */
export function shapeOf(path: FieldPath): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/** The edit a flag asks for: nothing when absent, a removal when given empty, else the new value. */
export function fieldChange(path: FieldPath, value: unknown): FieldEdit[] {
  if (value === undefined) return [];
  if (value === '' || (Array.isArray(value) && value.length === 0)) return [{ op: 'delete', path }];
  return [{ op: 'set', path, value }];
}
