/**
 * What a refused plan or a failed write says, in the user's language: before the first write
 * « nothing was written », after it how many files stay and that the next run completes them.
 */
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from '../io/io.js';
import { terminalLine } from '../util/sanitize.js';
import { folderRefusal, plainCause } from './folderMessages.js';
import type { WriteOutcome } from './safeWrite.js';
import type { WriteRefusal } from './writer.js';

export interface RefusalContext {
  lang: Lang;
  /** The root as people know it (the --out folder, the roadmap folder). */
  root: string;
  /** How a path under the root is shown (relative to the working folder, terminal-safe). */
  shown: (rel: string) => string;
}

/** The usage error (exit 2) for a refusal; `written` counts the files already written by this run. */
export function refusalError(refusal: WriteRefusal, context: RefusalContext, written = 0): UsageError {
  const { lang } = context;
  const file = refusal.rel === '' ? terminalLine(context.root) : context.shown(refusal.rel);
  if (refusal.reason === 'forbidden')
    return new UsageError(
      terminalLine(
        message('write/forbidden', lang, {
          root: terminalLine(context.root),
          holder: terminalLine(refusal.detail ?? ''),
        }),
      ),
    );
  if (refusal.folder) {
    if (written > 0)
      return new UsageError(
        terminalLine(
          message('write/stopped', lang, { file, detail: plainCause(refusal.reason, lang), count: String(written) }),
        ),
      );
    return folderRefusal(refusal.reason, refusal.detail || context.root, lang);
  }
  const detail = plainCause(refusal.detail ?? refusal.reason, lang);
  if (written > 0)
    return new UsageError(terminalLine(message('write/stopped', lang, { file, detail, count: String(written) })));
  return new UsageError(
    terminalLine(message(`write/${refusal.reason}`, lang, { file, root: terminalLine(context.root), detail })),
  );
}

/** A failed write's outcome as a refusal of that file. */
export function outcomeRefusal(rel: string, outcome: WriteOutcome): WriteRefusal | undefined {
  return outcome.ok ? undefined : { rel, reason: outcome.reason, detail: outcome.detail };
}
