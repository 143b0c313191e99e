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
