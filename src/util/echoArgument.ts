import { terminalLine } from './sanitize.js';

/** A value the user typed, echoed in a message: one terminal-safe line, never long enough to flood a log. */
export function echoArgument(value: string): string {
  const line = terminalLine(value);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
