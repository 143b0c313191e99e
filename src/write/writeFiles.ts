/**
 * The last step of every command that edits or creates roadmap files (update, new, init,
 * schema, calendar, owners): with --dry-run, print each change as a unified diff and write
 * nothing; otherwise plan every target first through the writer (a refusal writes nothing at
 * all), then write each file safely and say so.
 */
import type { Io } from '../io/io.js';
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

export function writeFiles(io: Io, lang: Lang, writes: readonly PlannedWrite[], dryRun: boolean): void {
  if (dryRun) {
    for (const write of writes) io.stdout(unifiedDiff(write.label, write.before, write.after));
    io.stderr(`${message('write/dry-run', lang)}\n`);
    return;
  }
  const roots = [...new Set(writes.map((write) => write.root))];
  const contextOf = (root: string): RefusalContext => ({
    lang,
    root,
    shown: (rel) => terminalLine(writes.find((write) => write.root === root && write.rel === rel)?.label ?? rel),
  });
  const plans: WritePlan[] = roots.map((root) => {
    const targets = writes
      .filter((write) => write.root === root)
      .map((write) => ({
        rel: write.rel,
        claim:
          write.mode.kind === 'create'
            ? { kind: 'new' as const }
            : { kind: 'edit' as const, expected: write.mode.expected },
      }));
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
  } finally {
    for (const writer of writers.values()) writer.close();
  }
}
