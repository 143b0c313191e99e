import type { Params } from './diagnostic.js';

/** Longest text a message quotes from a file. */
export const MAX_QUOTED = 80;

/**
 * Values quoted in messages come from files: a 100 000-character id or key
 * must not become a 100 000-character message (nor CI log line).
 */
export function clipParams(params: Params): Params {
  const result: Params = {};
  for (const [name, value] of Object.entries(params)) {
    result[name] =
      typeof value === 'string' && value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
  }
  return result;
}
