import { escapeMarkdown, summary } from '../../formats/markdown.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine } from '../../util/sanitize.js';
import type { DiffReport } from './diffReport.js';
import { diffOutline, type Marker } from './diffOutline.js';

const MARKS: Record<Marker, string> = { added: '🆕', removed: '🗑️', changed: '✏️' };

/** `roadmap diff --format markdown`: a pull-request comment or a job summary. */
export function renderDiffMarkdown(report: DiffReport, lang: Lang): string {
  const outline = diffOutline(report, lang, markdownText);
  const out = [`### ${outline.title}`, '', outline.range, ...outline.notes.map((note) => `\n> ${note}`)];
  for (const side of outline.invalid) {
    out.push('', `**${side.message}**`, '', summary(side.errors, { lang, color: false, files: [] }, 4).trimEnd());
  }
  for (const section of outline.sections) {
    out.push('', `#### ${section.title}`, '');
    for (const subject of section.subjects) {
      out.push(`- ${MARKS[subject.marker]} **${subject.title}** (\`${subject.id}\`)`);
      for (const line of subject.lines) out.push(`  - ${line}`);
    }
  }
  if (outline.empty) out.push('', outline.empty);
  return `${out.join('\n')}\n`;
}

/** Partner text, inert in a pull-request page: no markup, no control or bidi characters, no @mention that would notify someone. */
function markdownText(text: string): string {
  return escapeMarkdown(terminalLine(text)).replace(/@/g, '@\u200b');
}
