import { CHANGES, plural } from '../../i18n/vocabulary.js';
import type { Result } from '../../diagnostics/diagnostic.js';
import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine } from '../../util/sanitize.js';
import type { DiffReport } from './diffReport.js';
import { diffMessage } from './diffMessages.js';
import { diffOutline, type Marker } from './diffOutline.js';

const MARKS: Record<Marker, string> = { added: '🆕', removed: '🗑️', changed: '✏️' };

/**
 * Bytes of markdown at most: a job summary holds 1 MiB per step and a page
 * that size is already more than a reviewer reads; past it, the page says how
 * many changes were left out.
 */
export const DIFF_MARKDOWN_LIMIT = 256 * 1024;

/** One line of the page; `change` when it is one change of a subject (what the cap counts). */
interface Line {
  text: string;
  change: boolean;
}

/**
 * `roadmap diff --format markdown`: a pull-request comment or a job summary;
 * an invalid side's problems are printed by the given diagnostics formatter.
 */
export function diffToMarkdown(
  report: DiffReport,
  lang: Lang,
  formatErrors: (errors: readonly Result[]) => string,
  limit = DIFF_MARKDOWN_LIMIT,
): string {
  const outline = diffOutline(report, lang, markdownText);
  const lines: Line[] = [`# ${outline.title}`, '', outline.range, ...outline.notes.map((note) => `\n> ${note}`)].map(
    plain,
  );
  for (const side of outline.invalid) {
    lines.push(plain(''), plain(`**${side.message}**`), plain(''), plain(formatErrors(side.errors).trimEnd()));
  }
  for (const section of outline.sections) {
    lines.push(plain(''), plain(`## ${section.title}`), plain(''));
    for (const subject of section.subjects) {
      lines.push(plain(`- ${MARKS[subject.marker]} **${subject.title}** (\`${subject.id}\`)`));
      for (const line of subject.lines) lines.push({ text: `  - ${line}`, change: true });
    }
  }
  if (outline.empty) lines.push(plain(''), plain(outline.empty));
  return `${withinLimit(lines, lang, limit).join('\n')}\n`;
}

/** The lines that fit in `limit` bytes, then one line saying how many changes did not. */
function withinLimit(lines: readonly Line[], lang: Lang, limit: number): string[] {
  const kept: string[] = [];
  let bytes = 0;
  for (const [index, line] of lines.entries()) {
    bytes += Buffer.byteLength(line.text, 'utf8') + 1;
    if (bytes > limit) {
      const count = lines.slice(index).filter((rest) => rest.change).length;
      return [...kept, '', diffMessage('truncated', lang, { count: plural(count, CHANGES, lang) })];
    }
    kept.push(line.text);
  }
  return kept;
}

function plain(text: string): Line {
  return { text, change: false };
}

/** Partner text, inert in a pull-request page: no markup, no control or bidi characters, no @mention that would notify someone. */
function markdownText(text: string): string {
  return escapeMarkdown(terminalLine(text)).replace(/@/g, '@\u200b');
}
