import type { Result } from '../diagnostics/diagnostic.js';
import { terminalLine, terminalSafe, visibleName } from '../util/sanitize.js';
import type { FormatContext } from './context.js';

/**
 * What every CI format prints (github, gitlab, junit, markdown, sarif): paths
 * from the repository's top folder, so the git host attaches each problem to
 * the pull request's file whatever `--dir` was, and text cleared of escape
 * sequences, control and bidi characters, which a CI page would otherwise
 * render or reorder. File names and rule ids lose their line breaks too.
 */
export function ciResults(results: readonly Result[], context: FormatContext): Result[] {
  const path = ciPath(context);
  return results.map((r) => ({
    ...r,
    file: path(r.file),
    rule: terminalLine(r.rule),
    message: terminalSafe(r.message),
    fix: terminalSafe(r.fix),
  }));
}

/** Every file checked, named as in `ciResults`. */
export function ciFiles(context: FormatContext): string[] {
  return context.files.map(ciPath(context));
}

function ciPath({ repositoryPath }: FormatContext): (file: string) => string {
  // Shown, not stripped: a bidi mark removed from a file name would point the annotation at another file.
  return (file) => visibleName(repositoryPath ? repositoryPath(file) : file);
}
