/**
 * The writer of generated documents (the brief, the meeting documents, reminders, and any
 * other format a renderer adds: DOCX, ODT, XLSX…): every target is planned before the first
 * write — a file made by hand in the way stops the command with nothing written — then each
 * file is written through a temporary file and a rename, replacing only an earlier version
 * made by roadmap (its generated marker; a PDF's Creator). With --dry-run it lists what it
 * would write and writes nothing. Files are handed over one at a time, so that a large
 * document is never held in memory in every format at once.
 */
import { join } from 'node:path';
import type { Io } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import { isGeneratedDocument, isGeneratedPdf } from '../render/document/generatedMarker.js';
import { openWriter, planWrites } from './writer.js';
import { outcomeRefusal, refusalError, type RefusalContext } from './writeMessages.js';
import type { WriteRefusal } from './writer.js';
import { shownPath } from '../util/shownPath.js';

export interface DocumentTargets {
  /** The folder named by --out (writes never leave it). */
  root: string;
  /** Sub-folder of `root` for this set of documents (a meeting id), or '' for `root` itself. */
  folder: string;
  /** Every file the command will write, in order. */
  names: readonly string[];
  dryRun: boolean;
  /** The roadmap folder: --out may not lie inside it, even through a link. */
  roadmapDir?: string;
  /**
   * How a file of another kind (a workbook, a DOCX…) says it was made by roadmap; markdown,
   * HTML, mail drafts and PDFs are recognised by their own markers.
   */
  isOurs?: (name: string, current: Uint8Array) => boolean | undefined;
}

/** Writes one planned file; throws a UsageError (nothing more is written) when the write is refused. */
export type WriteDocument = (name: string, bytes: Uint8Array | Iterable<Uint8Array>) => void;

/** Whether a document in the way is roadmap's own: recognised by its kind's marker. */
export function isOurDocument(name: string, current: Uint8Array): boolean {
  if (name.endsWith('.pdf')) return isGeneratedPdf(current);
  return isGeneratedDocument(Buffer.from(current.subarray(0, 1000)).toString('utf8'));
}

/**
 * Plans every document, then returns the function that writes them one by one (the
 * folder's lock is taken for each write, so a caller that stops early leaves no lock behind).
 */
export function writeDocuments(io: Io, lang: Lang, targets: DocumentTargets): WriteDocument {
  const relOf = (name: string): string => (targets.folder ? `${targets.folder}/${name}` : name);
  const shown = (rel: string): string => shownPath(io.cwd, join(targets.root, rel));
  const context: RefusalContext = { lang, root: targets.root, shown };
  const planned = planWrites(
    targets.root,
    targets.names.map((name) => ({
      rel: relOf(name),
      claim: {
        kind: 'ours' as const,
        isOurs: (current: Uint8Array) => targets.isOurs?.(name, current) ?? isOurDocument(name, current),
      },
    })),
    { forbidden: targets.roadmapDir === undefined ? [] : [targets.roadmapDir] },
  );
  if (!planned.ok) throw refusalError(planned.refusal, context);
  const { plan } = planned;
  if (targets.dryRun) {
    for (const name of targets.names)
      io.stdout(
        `${message(plan.files.get(relOf(name))?.existing ? 'write/would-replace' : 'write/would-create', lang, { file: shown(relOf(name)) })}\n`,
      );
    io.stderr(`${message('write/dry-run', lang)}\n`);
    return () => undefined;
  }
  let written = 0;
  return (name, bytes) => {
    const opened = openWriter(plan);
    if (!opened.ok) throw refusalError(opened.refusal, context, written);
    let refused: WriteRefusal | undefined;
    try {
      refused = outcomeRefusal(relOf(name), opened.writer.write(relOf(name), bytes));
    } finally {
      opened.writer.close();
    }
    if (refused) throw refusalError(refused, context, written);
    written++;
    io.stdout(`${message('write/done', lang, { file: shown(relOf(name)) })}\n`);
  };
}
