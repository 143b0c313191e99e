/**
 * The one writer of generated documents (the brief, the meeting documents,
 * reminders): every target is checked before the first write — a file made
 * by hand in the way stops the command with nothing written — then each file
 * is written through a temporary file and a rename, replacing only an earlier
 * version made by roadmap. With --dry-run it lists what it would write and
 * writes nothing. Files are handed over one at a time, so that a large
 * document is never held in memory in every format at once.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { ensureFolder } from '../../write/ensureFolder.js';
import { plainCause, requireFolder } from './folderMessages.js';
import { isAbsolute, join, relative } from 'node:path';
import type { Io } from '../../io/io.js';
import { message } from '../../i18n/editingMessages.js';
import type { Lang } from '../../i18n/lang.js';
import { isGeneratedDocument } from '../../render/document/generatedMarker.js';
import { terminalLine } from '../../util/sanitize.js';
import { safeWrite } from '../../write/safeWrite.js';
import { usageError } from './usageError.js';

export interface DocumentTargets {
  /** The folder named by --out (writes never leave it). */
  root: string;
  /** Sub-folder of `root` for this set of documents (a meeting id), or '' for `root` itself. */
  folder: string;
  /** Every file the command will write, in order. */
  names: readonly string[];
  dryRun: boolean;
}

/** Writes one planned file; throws a UsageError (nothing more is written) when the write is refused. */
export type WriteDocument = (name: string, bytes: Uint8Array | Iterable<Uint8Array>) => void;

export function writeDocuments(io: Io, lang: Lang, targets: DocumentTargets): WriteDocument {
  const relOf = (name: string): string => (targets.folder ? `${targets.folder}/${name}` : name);
  const shown = (name: string): string => {
    const path = join(targets.root, relOf(name));
    const fromCwd = relative(io.cwd, path);
    return terminalLine(fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd);
  };
  const read = (name: string) => readExisting(join(targets.root, relOf(name)));
  const existing = new Map<string, Buffer>();
  for (const name of targets.names) {
    const current = read(name);
    if (current === 'absent') continue;
    if (current === 'symlink' || current === 'not-a-file') throw usageError(lang, `write/${current}`, { file: shown(name) });
    // A PDF, DOCX or ODT carries no marker of its own: it belongs to roadmap when the HTML made with it does, or when that HTML is gone.
    const html = name.replace(/\.(pdf|docx|odt)$/, '.html');
    const ours = html !== name ? existing.has(html) || read(html) === 'absent' : isGeneratedDocument(current.toString('utf8', 0, 1000));
    if (!ours) throw usageError(lang, 'write/not-ours', { file: shown(name) });
    existing.set(name, current);
  }
  if (targets.dryRun) {
    for (const name of targets.names) io.stdout(`${message(existing.has(name) ? 'write/would-replace' : 'write/would-create', lang, { file: shown(name) })}\n`);
    io.stderr(`${message('write/dry-run', lang)}\n`);
    return () => undefined;
  }
  requireFolder(ensureFolder(targets.root), targets.root, lang);
  return (name, bytes) => {
    const expected = existing.get(name);
    const outcome = safeWrite({ root: targets.root, rel: relOf(name), bytes, mode: expected ? { kind: 'replace', expected } : { kind: 'create' } });
    if (!outcome.ok) throw usageError(lang, `write/${outcome.reason}`, { file: shown(name), root: terminalLine(targets.root), detail: plainCause(outcome.detail ?? outcome.reason, lang) });
    existing.delete(name);
    io.stdout(`${message('write/done', lang, { file: shown(name) })}\n`);
  };
}

function readExisting(path: string): Buffer | 'absent' | 'symlink' | 'not-a-file' {
  try {
    // lstat: a link is refused, never followed.
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'symlink';
    if (!stats.isFile()) return 'not-a-file';
    return readFileSync(path);
  } catch {
    return 'absent';
  }
}

