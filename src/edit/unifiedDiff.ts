/**
 * What `--dry-run` prints: a unified diff of one file, as git would show it
 * (`a/…`, `b/…`, `/dev/null` for a new file). The text comes from partners'
 * files, so escape sequences are neutralised before it reaches a terminal.
 */
import { createTwoFilesPatch } from 'diff';
import { terminalSafe } from '../util/sanitize.js';

export function unifiedDiff(label: string, before: string | undefined, after: string): string {
  const patch = createTwoFilesPatch(
    before === undefined ? '/dev/null' : `a/${label}`,
    `b/${label}`,
    before ?? '',
    after,
    undefined,
    undefined,
    { context: 3 },
  );
  // The first line is a separator of `=` signs that git's format does not have.
  const withoutSeparator = patch.startsWith('===') ? patch.slice(patch.indexOf('\n') + 1) : patch;
  // terminalSafe also drops the \r of CRLF lines, which would garble a terminal.
  return terminalSafe(withoutSeparator);
}
