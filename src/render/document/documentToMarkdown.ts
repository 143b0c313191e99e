import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import { markdownMarker } from './generatedMarker.js';
import type { Block, Cell, Document, Letterhead } from './document.js';
import { settleQuotedMarkdown } from './settleQuotedMarkdown.js';
import { typeset } from './typeset.js';
import { quoteMarkdown } from './quoteMarkdown.js';

/**
 * The brief as markdown, for a pull request or a mail body. Text from files is
 * escaped so that it cannot become a link, an image or HTML; partners'
 * markdown keeps its formatting but not its raw HTML. The writer streams the
 * same text in pieces (documentMarkdownChunks).
 * @public
 */
export function documentToMarkdown(doc: Document): string {
  return [...documentMarkdownChunks(doc)].join('');
}

/**
 * The same text in pieces (the cover, then each section), so that a writer can
 * stream a large brief without joining it: joined, they are exactly
 * documentToMarkdown's text (blank-line runs collapse inside each piece; pieces
 * are separated by one blank line, as every section starts after one).
 */
export function* documentMarkdownChunks(doc: Document): Generator<string> {
  // An e-mail address stays text: its « @ » escaped, it is no bare link for markdownlint and no mailto: for a renderer.
  const text = (value: string): string =>
    escapeMarkdown(typeset(value, doc.lang)).replace(/(?<=[\w.%+-])@(?=[A-Za-z0-9-]+\.)/g, '\\@');
  const collapse = (lines: readonly string[]): string =>
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\n+$/, '');
  const cover: string[] = [markdownMarker(doc.generator ?? 'brief'), ''];
  if (doc.cover) {
    // The title first and the kicker as plain text: markdownlint wants the document to open on its h1.
    cover.push(`# ${text(doc.cover.title)}`, '', text(doc.cover.kicker), '');
    if (doc.letterhead) cover.push(...letterheadLines(doc.letterhead, text), '');
    cover.push(...blockLines({ kind: 'facts', items: doc.cover.facts }, text, 1, '', true));
    if (doc.cover.note) cover.push('', `*${text(doc.cover.note)}*`);
    cover.push('');
  } else {
    // A letter opens on its subject, its one h1; the letterhead follows it.
    const subject = doc.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'subject');
    cover.push(
      `# ${subject ? [subject.label, subject.text].filter(Boolean).map(text).join(' ') : text(doc.title)}`,
      '',
    );
    if (doc.letterhead) cover.push(...letterheadLines(doc.letterhead, text), '');
  }
  const cellBreak = doc.lang === 'fr' ? '\u202f; ' : '; ';
  // One piece is held back so that the last one can lose its trailing spaces, as the whole text does.
  let pending = collapse(cover);
  for (const section of doc.sections) {
    const out: string[] = section.title ? [`## ${text(section.title)}`, ''] : [];
    let depth = 2;
    for (const block of section.blocks) {
      if (block.kind === 'heading') depth = 3;
      const lines = blockLines(block, text, depth, cellBreak, doc.cover !== undefined);
      // A block with nothing to say in markdown (charts, a subject already the title) leaves no blank line.
      if (lines.length > 0) out.push(...lines, '');
    }
    yield pending;
    pending = `\n\n${collapse(out)}`;
  }
  yield `${pending.trimEnd()}\n`;
}

function blockLines(
  block: Block,
  text: (value: string) => string,
  depth: number,
  cellBreak: string,
  hasCover: boolean,
): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.tone === 'muted' ? `*${text(block.text)}*` : text(block.text)];
    case 'facts':
      return block.items.map((item) => `- **${text(item.label)}** — ${text(item.value)}`);
    case 'list':
      return [
        ...(block.label ? [`**${text(block.label)}**`, ''] : []),
        ...block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${text(item)}`),
      ];
    case 'heading':
      return [`### ${text(block.text)}${block.note ? ` — *${text(block.note)}*` : ''}`];
    case 'markdown':
      return [settleQuotedMarkdown(quoteMarkdown(block.source), depth)];
    case 'charts':
      // The figures they draw are in the tables beside them.
      return [];
    case 'address':
      return [hardBreaks(block.lines.map(text))];
    case 'signatures':
      // One paragraph per signatory: what they sign as, their name, their position.
      return block.items.flatMap((item, index) => [
        ...(index > 0 ? [''] : []),
        hardBreaks([`**${text(item.role)}**`, text(item.name), ...(item.title ? [text(item.title)] : [])]),
      ]);
    case 'dateline':
    case 'salutation':
    case 'closing':
      return [text(block.text)];
    case 'subject':
      // Without a cover the subject is already the document's h1.
      return hasCover ? [`**${text(block.label)}** ${text(block.text)}`] : [];
    case 'table': {
      // An empty cell is one space between its pipes, as markdownlint's table style asks.
      const row = (cells: readonly string[]): string =>
        `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
      const rule = block.columns.map((column) =>
        column.align === 'right' ? '---:' : column.align === 'center' ? ':---:' : '---',
      );
      return [
        ...(block.header ? [text(block.header), ''] : []),
        row(block.columns.map((column) => text(column.label))),
        row(rule),
        ...block.rows.map((cells) => row(cells.map((value) => cellText(value, text, cellBreak)))),
      ];
    }
  }
}

/** Lines of one paragraph, each ending in a hard break (CommonMark's backslash) but the last. */
function hardBreaks(lines: readonly string[]): string {
  return lines.filter((line) => line !== '').join('\\\n');
}

/** The letterhead in words: the convention, then who sends the document (logos have no place in markdown). */
function letterheadLines(letterhead: Letterhead, text: (value: string) => string): string[] {
  return [hardBreaks([text(letterhead.convention), ...letterhead.sender.map(text)])];
}

function cellText(value: Cell, text: (value: string) => string, cellBreak: string): string {
  // Line by line: escaping turns newlines into spaces; a table cell cannot hold a line break without HTML.
  const escaped = value.text.split(/\r?\n/).map(text).join(cellBreak);
  return value.badge || value.tone === 'red' ? `**${escaped}**` : escaped;
}
