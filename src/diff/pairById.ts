/** One id on both sides of a comparison; a side is absent when the item was added or removed. */
export interface Pair<T> {
  id: string;
  before?: T;
  after?: T;
}

/** Items matched by id: the after side's order first, then what was removed, in the before side's order. */
export function pairById<T>(before: readonly T[], after: readonly T[], idOf: (item: T) => string): Pair<T>[] {
  const beforeById = new Map(before.map((item) => [idOf(item), item]));
  const pairs: Pair<T>[] = after.map((item) => ({ id: idOf(item), before: beforeById.get(idOf(item)), after: item }));
  const kept = new Set(after.map(idOf));
  for (const item of before) if (!kept.has(idOf(item))) pairs.push({ id: idOf(item), before: item });
  return pairs;
}

/** Entries of `after` that `before` does not hold, counted as a multiset by `keyOf` (the same line twice counts twice). */
export function addedEntries<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): T[] {
  const remaining = new Map<string, number>();
  for (const item of before) remaining.set(keyOf(item), (remaining.get(keyOf(item)) ?? 0) + 1);
  return after.filter((item) => {
    const left = remaining.get(keyOf(item)) ?? 0;
    if (left === 0) return true;
    remaining.set(keyOf(item), left - 1);
    return false;
  });
}
