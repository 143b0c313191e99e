/** The fields that name a list entry, in order of preference. */
const ITEM_KEYS = ['id', 'partner', 'email', 'title', 'name', 'date'] as const;

/**
 * List entries named by their natural key (id, partner, email, title, name,
 * date; else their position); the second entry with the same key is `key #2`,
 * so that duplicates pair in order instead of hiding each other.
 */
export function keyedItems<T extends object>(list: readonly T[] | undefined): [string, T][] {
  const seen = new Map<string, number>();
  return (list ?? []).map((entry, index) => {
    const name = ITEM_KEYS.map((key) => (entry as Record<string, unknown>)[key]).find(
      (value) => typeof value === 'string' || typeof value === 'number',
    );
    const base = name === undefined ? `#${index + 1}` : String(name);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return [count === 1 ? base : `${base} #${count}`, entry];
  });
}
