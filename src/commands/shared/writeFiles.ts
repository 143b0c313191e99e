/**
 * The last step of every writing command: with --dry-run, print each change
 * as a unified diff and write nothing; otherwise check every target first
 * (a refusal writes nothing at all), then write each file safely and say so.
 */
import { UsageError, type Io } from '../../io/io.js';
import { message } from '../../i18n/editingMessages.js';
import type { Lang } from '../../i18n/lang.js';
import { checkWrite, safeWrite, type WriteOutcome, type WriteRequest } from '../../write/safeWrite.js';
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
  const requests = writes.map((write) => ({ root: write.root, rel: write.rel, bytes: write.bytes ?? new TextEncoder().encode(write.after), mode: write.mode }));
  for (const [index, write] of writes.entries()) refuseUnless(checkWrite(requests[index]!), write, lang);
  writes.forEach((write, index) => {
    refuseUnless(safeWrite(requests[index]!), write, lang);
    io.stdout(`${message('write/done', lang, { file: terminalLine(write.label) })}\n`);
  });
}

function refuseUnless(outcome: WriteOutcome, write: PlannedWrite, lang: Lang): void {
  if (outcome.ok) return;
  throw new UsageError(message(`write/${outcome.reason}`, lang, { file: terminalLine(write.label), root: terminalLine(write.root), detail: plainCause(outcome.detail ?? outcome.reason, lang) }));
}
