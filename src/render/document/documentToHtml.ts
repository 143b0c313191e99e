import { superscriptOrdinals } from '../superscriptOrdinals.js';
import { escapeHtml } from '../escapeHtml.js';
import { IMAGE_MIME } from '../../util/imageFormat.js';
import type { Block, Document, Cell, Column, Letterhead, Section } from './document.js';
import { DOCUMENT_STYLE } from './documentStyle.js';
import { htmlMarker } from './generatedMarker.js';
import { markdownToHtml } from './markdownToHtml.js';
import { typeset } from './typeset.js';

/** No script, no request: styles inline, images only as data: URLs (the letterhead's logos), no frames, no forms, no base. */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Browsers' tabs and bookmarks show little more; html-validate's recommended rules ask for at most this. */
const TITLE_LENGTH = 70;

/**
 * One self-contained HTML file: inline CSS and SVG, nothing to fetch, nothing
 * to run, every text from the files escaped. Returned as UTF-8 bytes, made
 * section by section so that a large roadmap never holds the whole page as
 * one string as well.
 */
export function documentToHtml(doc: Document): Buffer {
  return Buffer.from([...documentHtmlChunks(doc)].join(''));
}

/**
 * The same text in pieces (the head and cover, each section, a long table a
 * slice of rows at a time, the end), for a writer that streams them: no piece
 * grows to the megabytes that V8 allocates straight into its old generation.
 */
export function* documentHtmlChunks(doc: Document): Generator<string> {
  // `plain` for attributes and <title>, where no markup may go; `text` for element content, « 1er » raised.
  const plain = (value: string): string => escapeHtml(typeset(value, doc.lang));
  const text = (value: string): string => superscriptOrdinals(plain(value), doc.lang);
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    htmlMarker(doc.generator ?? 'brief'),
    `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${plain(clip(doc.title, TITLE_LENGTH))}</title>`,
    `<style>${DOCUMENT_STYLE}</style>`,
    '</head>',
    '<body>',
    `<main class="brief${doc.layout ? ` ${doc.layout}` : ''}">`,
    doc.letterhead ? letterheadHtml(doc.letterhead, text) : '',
    ...(doc.cover
      ? [
          '<header class="cover">',
          `<p class="kicker">${text(doc.cover.kicker)}</p>`,
          `<h1>${text(doc.cover.title)}</h1>`,
          doc.cover.subtitle ? `<p class="subtitle">${text(doc.cover.subtitle)}</p>` : '',
          factsHtml(doc.cover.facts, text),
          doc.cover.note ? `<p class="note">${text(doc.cover.note)}</p>` : '',
          doc.contents && doc.layout !== 'letter' ? contentsHtml(doc, text) : '',
          '</header>',
        ]
      : []),
  ];
  yield `${head.filter(Boolean).join('\n')}\n`;
  for (const section of doc.sections) yield* sectionHtml(section, doc, text);
  yield '</main>\n</body>\n</html>\n';
}

type Text = (value: string) => string;

function contentsHtml(doc: Document, text: Text): string {
  const items = doc.sections.map(
    (section) => `<li><a href="#${escapeHtml(section.id)}">${text(section.shortTitle ?? section.title)}</a></li>`,
  );
  return `<nav class="contents"><h2>${text(doc.contents)}</h2><ol>${items.join('')}</ol></nav>`;
}

function* sectionHtml(section: Section, doc: Document, text: Text): Generator<string> {
  // A section without a title is a run of a letter's parts: no heading of its own.
  const heading = section.title ? `<h2>${text(section.title)}</h2>\n` : '';
  yield `<section id="${escapeHtml(section.id)}"${classes(section.annex ? 'annex' : '', section.title ? '' : 'untitled')}>\n${heading}`;
  let inCommitment = false;
  for (const [index, block] of section.blocks.entries()) {
    const pieces: string[] = [];
    // A commitment (heading and what follows) is one unit for page breaks and rules.
    if (block.kind === 'heading') {
      if (inCommitment) pieces.push('</div>');
      pieces.push('<div class="commitment">');
      inCommitment = true;
    }
    yield `${index > 0 ? '\n' : ''}${pieces.map((piece) => `${piece}\n`).join('')}`;
    if (block.kind === 'table') yield* tableHtml(block.columns, block.rows, text, block.header, block.keepTail);
    // Partners' headings sit right below the heading that quotes them: the section's h2, or a commitment's h3.
    else yield blockHtml(block, doc, text, inCommitment ? 3 : 2);
  }
  yield `${inCommitment ? '\n</div>' : ''}\n</section>\n`;
}

/** Every block but a table, which goes out in slices of rows (tableHtml). */
function blockHtml(block: Exclude<Block, { kind: 'table' }>, doc: Document, text: Text, depth: number): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.tone ? ` class="tone-${block.tone}"` : ''}>${text(block.text)}</p>`;
    case 'facts':
      return factsHtml(block.items, text);
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const list = `<${tag}${block.compact ? ' class="compact"' : ''}>${block.items.map((item) => `<li>${text(item)}</li>`).join('')}</${tag}>`;
      return block.label ? `<div class="labelled"><p class="list-label">${text(block.label)}</p>${list}</div>` : list;
    }
    case 'heading':
      return `<h3>${text(block.text)}${block.note ? ` <span class="status">${text(block.note)}</span>` : ''}</h3>`;
    case 'markdown':
      return `<div class="prose">${markdownToHtml(block.source, doc.lang, depth)}</div>`;
    case 'charts':
      return `<div class="charts${block.items.length > 1 ? ' many' : ''}">${block.items
        .map((item) => `<figure>${item.svg}<figcaption>${text(item.caption)}</figcaption></figure>`)
        .join('\n')}</div>`;
    case 'address':
      return `<address class="${block.role}">${block.lines.map(text).join('<br>')}</address>`;
    case 'dateline':
      return `<p class="dateline">${text(block.text)}</p>`;
    case 'subject': // The letter's subject is its title: the one h1 of a document without a cover.
      {
        const label = block.label
          ? doc.cover
            ? `<strong>${text(block.label)}</strong> `
            : `<span>${text(block.label)}</span> `
          : '';
        return doc.cover
          ? `<p class="subject">${label}${text(block.text)}</p>`
          : `<h1 class="subject">${label}${text(block.text)}</h1>`;
      }
    case 'salutation':
      return `<p class="salutation">${text(block.text)}</p>`;
    case 'closing':
      return `<p class="closing">${text(block.text)}</p>`;
    case 'signatures':
      return `<div class="signatures${block.items.length > 1 ? ' many' : ''}">${block.items
        .map((item) =>
          [
            '<div class="signatory">',
            `<p class="role">${text(item.role)}</p>`,
            item.box ? '<div class="sign-here"></div>' : '',
            `<p class="name">${text(item.name)}</p>`,
            item.title ? `<p class="position">${text(item.title)}</p>` : '',
            '</div>',
          ].join(''),
        )
        .join('')}</div>`;
  }
}

/** Logos inline as data: URLs (the one kind of image the CSP lets in), then the convention and who sends the document. */
function letterheadHtml(letterhead: Letterhead, text: Text): string {
  const logos = letterhead.logos.map(
    (logo) =>
      `<img src="data:${IMAGE_MIME[logo.format]};base64,${Buffer.from(logo.bytes).toString('base64')}" alt="${asAttribute(text(logo.alt))}">`,
  );
  return [
    '<header class="letterhead">',
    logos.length > 0 ? `<div class="logos">${logos.join('')}</div>` : '',
    '<div class="identity">',
    `<p class="convention">${text(letterhead.convention)}</p>`,
    letterhead.sender.length > 0 ? `<p class="sender">${letterhead.sender.map(text).join('<br>')}</p>` : '',
    '</div>',
    '</header>',
  ].join('');
}

function factsHtml(items: readonly { label: string; value: string }[], text: Text): string {
  return `<dl class="facts">${items.map((item) => `<dt>${text(item.label)}</dt><dd>${text(item.value)}</dd>`).join('')}</dl>`;
}

/** Rows of a table rendered together. */
const ROWS_PER_PIECE = 100;

function* tableHtml(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  text: Text,
  header?: string,
  keepTail = 0,
): Generator<string> {
  const align = (column: Column | undefined): string =>
    column?.align === 'right' ? 'r' : column?.align === 'center' ? 'c' : column?.signature ? 'signature' : '';
  const head = columns.map((column) => `<th scope="col"${classes(align(column))}>${text(column.label)}</th>`).join('');
  // In <thead>, so that the browser prints it again at the top of every page the table runs over.
  const banner = header
    ? `<tr class="banner"><th colspan="${columns.length}" scope="colgroup">${text(header)}</th></tr>`
    : '';
  const row = (cells: readonly Cell[]): string =>
    `<tr>${cells
      .map((value, index) => {
        const column = columns[index];
        const label = column?.label ? ` data-label="${asAttribute(text(column.label))}"` : '';
        // Escaped first, so the only markup a line break can bring is <br>.
        const lines = text(value.text).replace(/\r?\n/g, '<br>');
        const content = value.badge ? `<span class="badge tone-${value.tone}">${lines}</span>` : lines;
        return `<td${classes(align(column), value.tone && !value.badge ? `tone-${value.tone}` : '')}${label}>${content}</td>`;
      })
      .join('')}</tr>\n`;
  // The kept tail, with the row before it, is a row group of its own that a page break does not enter.
  const tail = keepTail > 0 ? Math.min(rows.length, keepTail + 1) : 0;
  const body = rows.slice(0, rows.length - tail);
  yield `<table><thead>${banner}<tr>${head}</tr></thead>${body.length > 0 || tail === 0 ? '<tbody>\n' : ''}`;
  if (rows.length === 0) yield '\n';
  for (let start = 0; start < body.length; start += ROWS_PER_PIECE)
    yield body
      .slice(start, start + ROWS_PER_PIECE)
      .map(row)
      .join('');
  if (body.length > 0 || tail === 0) yield '</tbody>';
  if (tail > 0)
    yield `<tbody class="kept">\n${rows
      .slice(rows.length - tail)
      .map(row)
      .join('')}</tbody>`;
  yield '</table>';
}

/** At most `length` characters, cut at a word with an ellipsis. */
function clip(value: string, length: number): string {
  if (value.length <= length) return value;
  const cut = value.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function classes(...names: string[]): string {
  const list = names.filter(Boolean);
  return list.length > 0 ? ` class="${list.join(' ')}"` : '';
}

/** Escaped text for an attribute: the only markup `text` adds (« 1<sup>er</sup> ») taken out again. */
function asAttribute(html: string): string {
  return html.replace(/<\/?sup>/g, '');
}
