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
}

/** An eslint-style formatter: results in, text out, no I/O. */
export type Formatter = (results: readonly Result[], context: FormatContext) => string;

export function counts(results: readonly Result[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const result of results) if (result.severity === 'error') errors++;
  return { errors, warnings: results.length - errors };
}
