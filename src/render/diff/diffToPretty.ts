import type { Result } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine } from '../../util/sanitize.js';
import type { DiffReport } from './diffReport.js';
import { diffOutline, type Marker } from './diffOutline.js';

const MARKS: Record<Marker, string> = { added: '+', removed: '-', changed: '~' };

/**
 * `roadmap diff` for a terminal: one block per subject, partner text stripped
 * of escape sequences; an invalid side's problems are printed by the given
 * diagnostics formatter.
 */
export function diffToPretty(
  report: DiffReport,
  lang: Lang,
  formatErrors: (errors: readonly Result[]) => string,
): string {
  const outline = diffOutline(report, lang, terminalLine);
  const out = [`${outline.title}`, outline.range, ...outline.notes];
  for (const side of outline.invalid) {
    out.push('', side.message, formatErrors(side.errors).trimEnd());
  }
  for (const section of outline.sections) {
    out.push('', section.title);
    for (const subject of section.subjects) {
      out.push(`  ${MARKS[subject.marker]} ${subject.id} — ${subject.title}`);
      for (const line of subject.lines) out.push(`      ${line}`);
    }
  }
  if (outline.empty) out.push('', outline.empty);
  return `${out.join('\n')}\n`;
}
