/** markdownlint as the suite runs it on generated markdown: its defaults, line length off. */
import { lint } from 'markdownlint/promise';

export async function markdownlintFindings(text: string): Promise<string[]> {
  const results = await lint({ strings: { doc: text }, config: { default: true, MD013: false } });
  return (results.doc ?? []).map(
    (finding) =>
      `${finding.lineNumber}: ${finding.ruleNames.join('/')} ${finding.ruleDescription}${finding.errorDetail ? ` (${finding.errorDetail})` : ''}`,
  );
}
