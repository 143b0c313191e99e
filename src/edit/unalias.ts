/**
 * An edit changes only the node it names. YAML anchors and aliases share one node between
 * places (`status: &s in_progress` … `status: *s`): setting the anchored value in place would
 * change every alias with it, and closing one action would close them all. So before a node
 * is changed, every alias that resolves to it (or to a node inside it) becomes a copy of what
 * it showed, and the anchor goes; a node reached through an alias becomes a copy of its own.
 * Values elsewhere stay what they were; only their spelling changes (`*s` → `in_progress`).
 */
import { isAlias, isCollection, isMap, isNode, isScalar, visit, type Document, type Node, type YAMLMap } from 'yaml';

/** Makes `node` (and what it holds) belong to its one place: aliases to it become copies. */
export function unaliasNode(doc: Document, node: unknown): void {
  if (!isNode(node)) return;
  const anchored = new Set<Node>();
  const collect = (current: unknown): void => {
    if (!isNode(current)) return;
    if (current.anchor) anchored.add(current);
    if (isCollection(current))
      for (const item of current.items) {
        if (isMap(current)) {
          collect((item as { key: unknown }).key);
          collect((item as { value: unknown }).value);
        } else collect(item);
      }
  };
  collect(node);
  if (anchored.size === 0) return;
  visit(doc, {
    Alias(_key, alias) {
      const source = alias.resolve(doc);
      if (source === undefined || !anchored.has(source)) return undefined;
      const copy = source.clone() as Node;
      stripAnchors(copy);
      return copy;
    },
  });
  for (const source of anchored) source.anchor = undefined;
}

/** The value under `key` in `map`, made a node of its own when it was an alias (a copy of what it showed). */
export function ownValue(doc: Document, map: YAMLMap, key: string): unknown {
  const value = map.get(key, true);
  if (!isAlias(value)) return value;
  const source = value.resolve(doc);
  if (source === undefined) return value;
  const copy = source.clone();
  stripAnchors(copy);
  map.set(key, copy);
  return copy;
}

/** The item at `index` of the list under `key`, made a node of its own when it was an alias. */
export function ownItem(doc: Document, map: YAMLMap, key: string, index: number): unknown {
  const list = ownValue(doc, map, key);
  if (!isCollection(list) || isMap(list)) return undefined;
  const item = list.items[index];
  if (!isAlias(item)) return item;
  const source = item.resolve(doc);
  if (source === undefined) return item;
  const copy = source.clone();
  stripAnchors(copy);
  list.items[index] = copy;
  return copy;
}

function stripAnchors(node: unknown): void {
  if (!isNode(node)) return;
  node.anchor = undefined;
  if (isScalar(node)) return;
  if (isMap(node))
    for (const pair of node.items) {
      stripAnchors(pair.key);
      stripAnchors(pair.value);
    }
  else if (isCollection(node)) for (const item of node.items) stripAnchors(item);
}
