/**
 * Where a YAML text first nests deeper than `limit`, found on the library's
 * concrete syntax tree: unlike composing, building that tree does not recurse,
 * so it survives the nesting that overflows the composer's stack. Only called
 * once a text is known to be too deep, to point at the right place.
 */
import { Parser, type CST } from 'yaml';

export function firstTooDeepOffset(text: string, limit: number): number | undefined {
  const pending: { token: CST.Token; depth: number }[] = [];
  for (const document of new Parser().parse(text)) {
    if (document.type === 'document' && document.value) pending.push({ token: document.value, depth: 0 });
    while (pending.length > 0) {
      const { token, depth } = pending.pop()!;
      if (depth > limit) return token.offset;
      // Children pushed last-first so the walk visits them in text order.
      for (const child of childrenOf(token).reverse()) pending.push({ token: child, depth: depth + 1 });
    }
  }
  return undefined;
}

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

function isCollection(token: CST.Token): token is Collection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

function childrenOf(token: CST.Token): CST.Token[] {
  if (!isCollection(token)) return [];
  const children: CST.Token[] = [];
  for (const item of token.items) {
    // Scalar keys do not nest; only values (and complex keys) count, as when composing.
    if ('key' in item && item.key && isCollection(item.key)) children.push(item.key);
    if (item.value) children.push(item.value);
  }
  return children;
}
