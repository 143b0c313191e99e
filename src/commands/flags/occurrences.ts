/**
 * A flag that may be given several times (`--decision a --decision b`):
 * each value with its position on the command line, so that an `--owner`
 * is paired with the `--action` written before it.
 */
export interface Occurrence {
  value: string;
  /** Position among all the repeatable flags of the command line, from 0. */
  at: number;
}

/** The occurrences of a repeatable flag as commander collected them (none when absent). */
export function occurrences(value: unknown): Occurrence[] {
  if (Array.isArray(value)) return value as Occurrence[];
  return typeof value === 'string' ? [{ value, at: 0 }] : [];
}

/**
 * The values of a flag written between the index-th occurrence of its owner and
 * the next one (`--owner` after its `--action`, `--agenda-axis` after its
 * `--add-agenda`): each belongs to the one before it on the command line.
 */
export function belongingTo(owners: readonly Occurrence[], values: readonly Occurrence[], index: number): Occurrence[] {
  const from = owners[index]!.at;
  const to = owners[index + 1]?.at ?? Infinity;
  return values.filter((value) => value.at > from && value.at < to);
}
