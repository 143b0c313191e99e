/**
 * Small edits of a parsed YAML document that respect the file's own style:
 * a new key goes where a person would put it, a new list item looks like the
 * item before it (flow `{ … }` or block, same quoting of text).
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { ownValue, unaliasNode } from './unalias.js';

/**
 * Sets `key` in `map`; a key that is not there yet goes right after the last
 * of `after` present in the map (e.g. `progress` after `status`), else at the end.
 */
export function setInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, after: readonly string[]): void {
  if (map.has(key)) {
    setOwn(doc, map, key, value);
    return;
  }
  const pair = doc.createPair(key, value);
  let index = -1;
  map.items.forEach((item, position) => {
    if (isScalar(item.key) && after.includes(String(item.key.value))) index = position;
  });
  if (index === -1) map.items.push(pair);
  else map.items.splice(index + 1, 0, pair);
}

/**
 * Sets the value of a key already there, changing only that place: a value shared through
 * an anchor is unaliased first (unalias.ts), so its aliases keep what they showed.
 */
export function setOwn(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  unaliasNode(doc, map);
  unaliasNode(doc, map.get(key, true));
  map.set(key, value);
}

/** The list under `key`, created (as a block list, after `after` keys) when absent; an aliased list becomes the file's own copy. */
export function listAt(doc: Document, map: YAMLMap, key: string, after: readonly string[]): YAMLSeq {
  const existing = ownValue(doc, map, key);
  if (isSeq(existing)) unaliasNode(doc, existing);
  if (isSeq(existing)) return existing;
  const created = doc.createNode([]) as YAMLSeq;
  created.flow = false;
  setInOrder(doc, map, key, created, after);
  return created;
}

/** Appends a mapping to `list`, styled like the list's last mapping. */
export function appendLikeSiblings(doc: Document, list: YAMLSeq, value: Record<string, unknown>): void {
  insertLikeSiblings(doc, list, value, list.items.length);
}

/** Inserts a mapping into `list` at `index`, styled like the mapping before it (or after it, at the start). */
export function insertLikeSiblings(doc: Document, list: YAMLSeq, value: Record<string, unknown>, index: number): void {
  const item = doc.createNode(value) as YAMLMap;
  const model = list.items[index - 1] ?? list.items[index];
  if (isMap(model)) {
    item.flow = model.flow ?? false;
    for (const pair of item.items) {
      const sibling = isScalar(pair.key) ? model.get(pair.key.value, true) : undefined;
      if (
        isScalar(pair.value) &&
        isScalar(sibling) &&
        typeof pair.value.value === 'string' &&
        typeof sibling.value === 'string'
      ) {
        pair.value.type =
          sibling.type === Scalar.BLOCK_FOLDED || sibling.type === Scalar.BLOCK_LITERAL
            ? Scalar.QUOTE_DOUBLE
            : sibling.type;
      }
    }
  }
  list.items.splice(index, 0, item);
}

/**
 * Where a mapping dated `date` goes in a list kept in date order (a journal,
 * measures): after the last item dated on or before it, so that an entry for
 * an earlier day never lands after a later one.
 */
export function datedPosition(list: YAMLSeq, date: string): number {
  let position = 0;
  list.items.forEach((item, index) => {
    const itemDate = isMap(item) ? item.get('date') : undefined;
    if (typeof itemDate === 'string' && itemDate <= date) position = index + 1;
  });
  return position;
}
