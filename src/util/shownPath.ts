import { isAbsolute, relative, sep } from 'node:path';
import { terminalLine } from './sanitize.js';

/**
 * How every message names a file or folder a command wrote or refused: relative to the
 * working folder when it lies inside it (`public/index.html`), absolute otherwise — never
 * `../../x`, which reads as a riddle; `.` for the working folder itself. One terminal-safe line.
 */
export function shownPath(cwd: string, path: string): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd === '') return '.';
  const shown = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd.split(sep).join('/');
  return terminalLine(shown);
}
