import { escapeMarkdown } from '../../formats/markdown.js';
import { MARKDOWN_MARKER } from './generatedMarker.js';
import type { Block, BriefDocument, Cell } from './briefDocument.js';
import { typeset } from './typeset.js';
import { quoteMarkdown } from './quoteMarkdown.js';

/**
 * The brief as markdown, for a pull request or a mail body. Text from files is
 * escaped so that it cannot become a link, an image or HTML; partners'
 * markdown keeps its formatting but not its raw HTML.
 */
export function briefToMarkdown(doc: BriefDocument): string {
  const text = (value: string): string => escapeMarkdown(typeset(value, doc.lang));
  const out: string[] = [];
  out.push(MARKDOWN_MARKER, '', `*${text(doc.cover.kicker)}*`, '', `# ${text(doc.cover.title)}`, '');
  out.push(...blockLines({ kind: 'facts', items: doc.cover.facts }, text));
  out.push('', `*${text(doc.cover.note)}*`, '');
  for (const section of doc.sections) {
    out.push(`## ${text(section.title)}`, '');
    for (const block of section.blocks) out.push(...blockLines(block, text), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function blockLines(block: Block, text: (value: string) => string): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.tone === 'muted' ? `*${text(block.text)}*` : text(block.text)];
    case 'facts':
      return block.items.map((item) => `- **${text(item.label)}** — ${text(item.value)}`);
    case 'list':
      return block.items.map((item) => `- ${text(item)}`);
    case 'heading':
      return [`### ${text(block.text)}${block.note ? ` — *${text(block.note)}*` : ''}`];
    case 'markdown':
      return [quoteMarkdown(block.source)];
    case 'charts':
      // The figures they draw are in the tables beside them.
      return [];
    case 'table': {
      const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
      const rule = block.columns.map((column) => (column.align === 'right' ? '---:' : column.align === 'center' ? ':---:' : '---'));
      return [
        row(block.columns.map((column) => text(column.label) || ' ')),
        row(rule),
        ...block.rows.map((cells) => row(cells.map((value) => cellText(value, text)))),
      ];
    }
  }
}

function cellText(value: Cell, text: (value: string) => string): string {
  // Line by line: escaping turns newlines into spaces, and a table cell takes <br> (ours, after escaping).
  const escaped = value.text.split(/\r?\n/).map(text).join('<br>');
  return value.badge || value.tone === 'red' ? `**${escaped}**` : escaped;
}
