import type { Diagnostic, Result } from './diagnostic.js';
import { catalogue } from './catalogue.js';
import { formatTemplate } from '../i18n/formatTemplate.js';
import { Locator, type SourceText } from './locate.js';
import type { Lang } from '../i18n/lang.js';

const STAGE_ORDER = ['syntax', 'schema', 'identity', 'references', 'consistency', 'staleness'];

/**
 * Diagnostics → printable results: positions through the YAML AST, message
 * and fix from the catalogue in `lang`, file shown from the roadmap folder's
 * parent (`roadmap/commitments/x.md`), sorted by file, line, column.
 */
export function resolveDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceText>,
  lang: Lang,
  folderName: string,
): Result[] {
  const locator = new Locator(sources);
  const results = diagnostics.map((diagnostic) => {
    const entry = catalogue.get(diagnostic.rule);
    const offset =
      'offset' in diagnostic.at
        ? diagnostic.at.offset
        : locator.offsetOf(diagnostic.file, diagnostic.at.path, diagnostic.at.key);
    const { line, column } = locator.position(diagnostic.file, offset);
    return {
      stage: entry ? STAGE_ORDER.indexOf(entry.stage) : 0,
      result: {
        file: folderName ? `${folderName}/${diagnostic.file}` : diagnostic.file,
        line,
        column,
        severity: diagnostic.severity ?? entry?.severity ?? 'error',
        rule: diagnostic.rule,
        message: entry ? formatTemplate(entry.message[lang], diagnostic.params, lang) : diagnostic.rule,
        fix: entry ? formatTemplate(entry.fix[lang], diagnostic.params, lang) : '',
      } satisfies Result,
    };
  });
  results.sort(
    (a, b) =>
      compare(a.result.file, b.result.file) ||
      a.result.line - b.result.line ||
      a.result.column - b.result.column ||
      a.stage - b.stage,
  );
  return results.map((item) => item.result);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
