import { createHash } from 'node:crypto';
import { ciResults } from './ciResults.js';
import type { Formatter } from './context.js';

/** GitLab Code Quality report: a JSON array of CodeClimate-style issues. */
export const gitlab: Formatter = (results, context) => {
  const seen = new Map<string, number>();
  const issues = ciResults(results, context).map((r) => {
    const base = `${r.file}\0${r.rule}\0${r.message}`;
    // Same problem twice in one file must still get distinct fingerprints.
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return {
      description: `${r.message} ${r.fix}`.trim(),
      check_name: r.rule,
      fingerprint: createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32),
      severity: r.severity === 'error' ? 'major' : 'minor',
      location: { path: r.file, lines: { begin: r.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
