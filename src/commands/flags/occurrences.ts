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
