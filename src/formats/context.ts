import type { Result } from '../diagnostics/diagnostic.js';
import type { Lang } from '../i18n/lang.js';

export interface FormatContext {
  lang: Lang;
  /** Colour escapes allowed (a terminal, or FORCE_COLOR). */
  color: boolean;
  /** Every file checked, as displayed (JUnit lists passing files too). */
  files: readonly string[];
  /** Reads a file's text for excerpts (markdown summary); absent in pure contexts. */
  excerpt?: (file: string, line: number) => string[] | undefined;
  /**
   * A displayed path as the git host names it, from the repository's top
   * folder (CI formats); absent outside a repository, where paths stay as displayed.
   */
  repositoryPath?: (file: string) => string;
  /** The checked roadmap's partner ids, so that examples in messages name the user's partners, not the bundled roadmap's. */
  partners?: readonly string[];
}

/** An eslint-style formatter: results in, text out, no I/O. */
export type Formatter = (results: readonly Result[], context: FormatContext) => string;

export function counts(results: readonly Result[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const result of results) if (result.severity === 'error') errors++;
  return { errors, warnings: results.length - errors };
}

/** Results grouped by file, in their order of appearance. */
export function byFile(results: readonly Result[]): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const result of results) {
    const group = groups.get(result.file);
    if (group) group.push(result);
    else groups.set(result.file, [result]);
  }
  return groups;
}
