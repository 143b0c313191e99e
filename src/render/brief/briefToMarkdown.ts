import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import { markdownMarker } from './generatedMarker.js';
import type { Block, BriefDocument, Cell } from './briefDocument.js';
import { settleQuotedMarkdown } from './settleQuotedMarkdown.js';
import { typeset } from './typeset.js';

/**
 * The brief as markdown, for a pull request or a mail body. Text from files is
 * escaped so that it cannot become a link, an image or HTML; partners'
 * markdown keeps its formatting but not its raw HTML.
 */
export function briefToMarkdown(doc: BriefDocument): string {
  return [...briefMarkdownChunks(doc)].join('');
}

/**
 * The same text in pieces (the cover, then each section), so that a writer can
 * stream a large brief without joining it: joined, they are exactly
 * briefToMarkdown's text (blank-line runs collapse inside each piece; pieces
 * are separated by one blank line, as every section starts after one).
 */
export function* briefMarkdownChunks(doc: BriefDocument): Generator<string> {
  const text = (value: string): string => escapeMarkdown(typeset(value, doc.lang));
  const collapse = (lines: readonly string[]): string => lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '');
  const cover: string[] = [];
  // The title first and the kicker as plain text: markdownlint wants the document to open on its h1.
  cover.push(markdownMarker(doc.generator ?? 'brief'), '', `# ${text(doc.cover.title)}`, '', text(doc.cover.kicker), '');
  cover.push(...blockLines({ kind: 'facts', items: doc.cover.facts }, text, 1, ''));
  cover.push('', `*${text(doc.cover.note)}*`, '');
  const cellBreak = doc.lang === 'fr' ? '\u202f; ' : '; ';
  // One piece is held back so that the last one can lose its trailing spaces, as the whole text does.
  let pending = collapse(cover);
  for (const section of doc.sections) {
    const out: string[] = [`## ${text(section.title)}`, ''];
    let depth = 2;
    for (const block of section.blocks) {
      if (block.kind === 'heading') depth = 3;
      out.push(...blockLines(block, text, depth, cellBreak), '');
    }
    yield pending;
    pending = `\n\n${collapse(out)}`;
  }
  yield `${pending.trimEnd()}\n`;
}

function blockLines(block: Block, text: (value: string) => string, depth: number, cellBreak: string): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.tone === 'muted' ? `*${text(block.text)}*` : text(block.text)];
    case 'facts':
      return block.items.map((item) => `- **${text(item.label)}** — ${text(item.value)}`);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${text(item)}`);
    case 'heading':
      return [`### ${text(block.text)}${block.note ? ` — *${text(block.note)}*` : ''}`];
    case 'markdown':
      return [settleQuotedMarkdown(quoteMarkdown(block.source), depth)];
    case 'charts':
      // The figures they draw are in the tables beside them.
      return [];
    case 'table': {
      // An empty cell is one space between its pipes, as markdownlint's table style asks.
      const row = (cells: readonly string[]): string => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
      const rule = block.columns.map((column) => (column.align === 'right' ? '---:' : column.align === 'center' ? ':---:' : '---'));
      return [
        ...(block.header ? [text(block.header), ''] : []),
        row(block.columns.map((column) => text(column.label))),
        row(rule),
        ...block.rows.map((cells) => row(cells.map((value) => cellText(value, text, cellBreak)))),
      ];
    }
  }
}

function cellText(value: Cell, text: (value: string) => string, cellBreak: string): string {
  // Line by line: escaping turns newlines into spaces; a table cell cannot hold a line break without HTML.
  const escaped = value.text.split(/\r?\n/).map(text).join(cellBreak);
  return value.badge || value.tone === 'red' ? `**${escaped}**` : escaped;
}

/** Inline links and link definitions whose target is not http(s)/mailto: they stay text, as in the HTML. */
const UNSAFE_INLINE_LINK = /\]\((?!\s*<?(?:https?:|mailto:))/gi;
const UNSAFE_LINK_DEFINITION = /^(\s{0,3})\[([^\]]*)\]:(?!\s*<?(?:https?:|mailto:))/i;

/**
 * A partner's markdown inside the brief: its headings pushed below the brief's
 * own (level 4 and deeper), raw HTML turned into text, images into links, and
 * links to anything but http(s)/mailto into plain text.
 */
function quoteMarkdown(source: string): string {
  let fenced = false;
  return source
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      const heading = /^\s{0,3}(#{1,6})\s/.exec(line);
      const shifted = heading ? `${'#'.repeat(Math.min(6, heading[1]!.length + 3))}${line.slice(heading[0].length - 1)}` : line;
      return shifted
        .replace(/</g, '&lt;')
        .replace(/!\[/g, '[')
        .replace(UNSAFE_INLINE_LINK, ']\\(')
        .replace(UNSAFE_LINK_DEFINITION, '$1\\[$2]:');
    })
    .join('\n');
}
