import type { Io } from './io.js';

/** Colour only on a terminal, unless NO_COLOR forbids or FORCE_COLOR asks (https://no-color.org). */
export function useColor(io: Io): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}
