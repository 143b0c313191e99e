/**
 * The last step of every command that edits, creates or deletes roadmap files (update, new,
 * init, schema, calendar, owners, rename, remove): with --dry-run, print each change as a
 * unified diff and write nothing; otherwise plan every target first through the writer (a
 * refusal writes nothing at all), then write each file safely, delete the files to delete
 * (checked in the same plan: still as the command read them), and say so.
 */
import { UsageError, type Io } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import { unifiedDiff } from '../edit/unifiedDiff.js';
import { terminalLine } from '../util/sanitize.js';
import type { WriteRequest } from './safeWrite.js';
import { openWriter, planWrites, type WritePlan, type Writer } from './writer.js';
import { outcomeRefusal, refusalError, type RefusalContext } from './writeMessages.js';

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

/** A file the command deletes once every write is done (the old file of `rename`, the entity `remove` takes out). */
export interface PlannedRemoval {
  root: string;
  rel: string;
  label: string;
  /** The bytes the command read: the file is deleted only if it still holds them. */
  expected: Uint8Array;
}

export function writeFiles(
  io: Io,
  lang: Lang,
  writes: readonly PlannedWrite[],
  dryRun: boolean,
  removals: readonly PlannedRemoval[] = [],
): void {
  if (dryRun) {
    for (const write of writes) io.stdout(unifiedDiff(write.label, write.before, write.after));
    io.stderr(`${message('write/dry-run', lang)}\n`);
    return;
  }
  const files = [...writes, ...removals];
  const roots = [...new Set(files.map((file) => file.root))];
  const contextOf = (root: string): RefusalContext => ({
    lang,
    root,
    shown: (rel) => terminalLine(files.find((file) => file.root === root && file.rel === rel)?.label ?? rel),
  });
  const plans: WritePlan[] = roots.map((root) => {
    const targets = [
      ...writes
        .filter((write) => write.root === root)
        .map((write) => ({
          rel: write.rel,
          claim:
            write.mode.kind === 'create'
              ? { kind: 'new' as const }
              : { kind: 'edit' as const, expected: write.mode.expected },
        })),
      ...removals
        .filter((removal) => removal.root === root)
        .map((removal) => ({ rel: removal.rel, claim: { kind: 'edit' as const, expected: removal.expected } })),
    ];
    const planned = planWrites(root, targets);
    if (!planned.ok) throw refusalError(planned.refusal, contextOf(root));
    return planned.plan;
  });
  const writers = new Map<string, Writer>();
  let written = 0;
  try {
    for (const plan of plans) {
      const opened = openWriter(plan);
      if (!opened.ok) throw refusalError(opened.refusal, contextOf(plan.root), written);
      writers.set(plan.root, opened.writer);
    }
    for (const write of writes) {
      const refused = outcomeRefusal(
        write.rel,
        writers.get(write.root)!.write(write.rel, write.bytes ?? new TextEncoder().encode(write.after)),
      );
      if (refused) throw refusalError(refused, contextOf(write.root), written);
      written++;
      io.stdout(`${message('write/done', lang, { file: terminalLine(write.label) })}\n`);
    }
    for (const removal of removals) {
      const unchanged = (now: Uint8Array) => Buffer.compare(Buffer.from(now), Buffer.from(removal.expected)) === 0;
      // Changed on disk meanwhile, or protected: say so, rather than leave it unmentioned (two files with one id after a rename).
      if (!writers.get(removal.root)!.remove(removal.rel, unchanged))
        throw new UsageError(terminalLine(message('write/remove-failed', lang, { file: removal.label })));
      io.stdout(`${message('write/removed', lang, { file: terminalLine(removal.label) })}\n`);
    }
  } finally {
    for (const writer of writers.values()) writer.close();
  }
}
