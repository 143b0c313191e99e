/**
 * The last step of every writing command: with --dry-run, print each change
 * as a unified diff and write nothing; otherwise write each file safely
 * (SPEC §8) and say so, or stop at the first refusal with a clear message.
 */
import { UsageError, type Io } from '../../io/io.js';
import { message } from '../../i18n/editingMessages.js';
import type { Lang } from '../../i18n/lang.js';
import { safeWrite, type WriteRequest } from '../../write/safeWrite.js';
import { unifiedDiff } from '../../write/unifiedDiff.js';
import { terminalLine } from '../../util/sanitize.js';
import { plainCause } from './folderMessages.js';

export interface PlannedWrite {
  root: string;
  rel: string;
  /** How messages and diffs name the file (e.g. `roadmap/commitments/x.md`). */
  label: string;
  /** The text the command read, for the diff; undefined for a new file. */
  before?: string;
  after: string;
  /** The exact bytes to write (BOM included); by default `after` in UTF-8. */
  bytes?: Uint8Array;
  mode: WriteRequest['mode'];
}

export function writeFiles(io: Io, lang: Lang, writes: readonly PlannedWrite[], dryRun: boolean): void {
  if (dryRun) {
    for (const write of writes) io.stdout(unifiedDiff(write.label, write.before, write.after));
    io.stderr(`${message('write/dry-run', lang)}\n`);
    return;
  }
  for (const write of writes) {
    const outcome = safeWrite({ root: write.root, rel: write.rel, bytes: write.bytes ?? new TextEncoder().encode(write.after), mode: write.mode });
    const file = terminalLine(write.label);
    if (!outcome.ok) {
      throw new UsageError(message(`write/${outcome.reason}`, lang, { file, root: terminalLine(write.root), detail: plainCause(outcome.detail ?? outcome.reason, lang) }));
    }
    io.stdout(`${message('write/done', lang, { file })}\n`);
  }
}
