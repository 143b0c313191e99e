import { createHash } from 'node:crypto';
import { catalogue } from '../diagnostics/catalogue.js';
import { ciResults } from './ciResults.js';
import type { Formatter } from './context.js';

/**
 * SARIF 2.1.0, as eslint's and markdownlint-cli2's SARIF formatters write it:
 * uploaded to GitHub code scanning, the problems show on the pull request's
 * lines. Paths are URIs relative to the repository's top folder
 * (`%SRCROOT%`); each rule carries what it checks, why, and what to change
 * in the roadmap's language.
 */
export const sarif: Formatter = (results, context) => {
  const clean = ciResults(results, context);
  const ruleIds = [...new Set(clean.map((r) => r.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const entry = catalogue.get(id);
    if (!entry) return { id };
    return {
      id,
      shortDescription: { text: entry.checks[context.lang] },
      fullDescription: { text: entry.why[context.lang] },
      help: { text: `${entry.fix[context.lang]} roadmap explain ${id}` },
      defaultConfiguration: { level: entry.severity },
    };
  });
  const seen = new Map<string, number>();
  const sarifResults = clean.map((r) => {
    const base = `${r.file}\0${r.rule}\0${r.message}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return {
      ruleId: r.rule,
      ruleIndex: ruleIndex.get(r.rule)!,
      level: r.severity,
      message: { text: `${r.message} ${r.fix}`.trim() },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column) },
          },
        },
      ],
      // Stable across runs and line moves, distinct for a repeated problem (as the GitLab report).
      partialFingerprints: {
        'roadmap/v1': createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32),
      },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'roadmap', rules } },
        language: context.lang,
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `?`, `%`). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
