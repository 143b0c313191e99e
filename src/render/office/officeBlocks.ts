/**
 * A document (render/document) as the few things a word processor knows —
 * headings with their outline level, paragraphs of plain, bold or italic
 * runs, lists, tables with a header row, images, page breaks and signature
 * blocks — shared by the DOCX and ODT renderers, so both say exactly what the
 * HTML and markdown say. Partners' markdown becomes paragraphs, headings and
 * list items (its raw HTML and images are dropped, as in the HTML); charts are
 * left out: the tables beside them carry the same figures.
 */
import MarkdownIt from 'markdown-it';
import type { Lang } from '../../i18n/lang.js';
import type { Block, Cell, Column, Document, Image, Signatory } from '../document/document.js';
import { typeset } from '../document/typeset.js';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type OfficeBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: readonly Run[]; align?: 'right'; muted?: boolean }
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  | { kind: 'table'; header?: string; columns: readonly Column[]; rows: readonly (readonly Cell[])[] }
  | { kind: 'images'; images: readonly Image[] }
  | { kind: 'page-break' }
  | { kind: 'signatures'; items: readonly Signatory[] };

/** The deepest outline level a word processor's headings take. */
const DEEPEST = 6;

export function officeBlocks(doc: Document): OfficeBlock[] {
  const text = (value: string): string => typeset(value, doc.lang);
  const out: OfficeBlock[] = [];
  if (doc.letterhead) {
    if (doc.letterhead.logos.length > 0) out.push({ kind: 'images', images: doc.letterhead.logos });
    out.push({
      kind: 'paragraph',
      runs: lines([{ text: text(doc.letterhead.convention), bold: true }], doc.letterhead.sender.map(text)),
    });
  }
  if (doc.cover) {
    out.push({ kind: 'heading', level: 1, text: text(doc.cover.title) });
    out.push({ kind: 'paragraph', runs: [{ text: text(doc.cover.kicker), bold: true }] });
    if (doc.cover.subtitle) out.push({ kind: 'paragraph', runs: [{ text: text(doc.cover.subtitle) }] });
    out.push(...facts(doc.cover.facts, text));
    if (doc.cover.note)
      out.push({ kind: 'paragraph', runs: [{ text: text(doc.cover.note), italic: true }], muted: true });
  } else if (!doc.sections.some((section) => section.blocks.some((block) => block.kind === 'subject'))) {
    out.push({ kind: 'heading', level: 1, text: text(doc.title) });
  }
  for (const section of doc.sections) {
    if (section.annex) out.push({ kind: 'page-break' });
    if (section.title) out.push({ kind: 'heading', level: 2, text: text(section.title) });
    let depth = 2;
    for (const block of section.blocks) {
      if (block.kind === 'heading') depth = 3;
      out.push(...blockOf(block, text, depth, doc.cover !== undefined, doc.lang));
    }
  }
  return out;
}

function blockOf(
  block: Block,
  text: (value: string) => string,
  depth: number,
  hasCover: boolean,
  lang: Lang,
): OfficeBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        {
          kind: 'paragraph',
          runs: [{ text: text(block.text), italic: block.tone === 'muted' }],
          muted: block.tone === 'muted',
        },
      ];
    case 'facts':
      return facts(block.items, text);
    case 'list':
      return [{ kind: 'list', ordered: block.ordered === true, items: block.items.map(text) }];
    case 'heading':
      return [
        { kind: 'heading', level: 3, text: text(block.text) },
        ...(block.note
          ? [{ kind: 'paragraph' as const, runs: [{ text: text(block.note), italic: true }], muted: true }]
          : []),
      ];
    case 'markdown':
      return markdownBlocks(block.source, depth, lang);
    case 'charts':
      return [];
    case 'address':
      return [{ kind: 'paragraph', runs: lines([], block.lines.map(text)) }];
    case 'dateline':
      return [{ kind: 'paragraph', runs: [{ text: text(block.text) }], align: 'right' }];
    // A letter's subject is its one top heading, where a letter puts it: after the addresses and the date.
    case 'subject':
      return hasCover
        ? [{ kind: 'paragraph', runs: [{ text: `${text(block.label)} `, bold: true }, { text: text(block.text) }] }]
        : [{ kind: 'heading', level: 1, text: `${text(block.label)} ${text(block.text)}` }];
    case 'salutation':
    case 'closing':
      return [{ kind: 'paragraph', runs: [{ text: text(block.text) }] }];
    case 'signatures':
      return [
        {
          kind: 'signatures',
          items: block.items.map((item) => ({
            ...item,
            role: text(item.role),
            name: text(item.name),
            title: item.title === undefined ? undefined : text(item.title),
          })),
        },
      ];
    case 'table':
      return [
        {
          kind: 'table',
          header: block.header === undefined ? undefined : text(block.header),
          columns: block.columns.map((column) => ({ ...column, label: text(column.label) })),
          rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: text(cell.text) }))),
        },
      ];
  }
}

function facts(items: readonly { label: string; value: string }[], text: (value: string) => string): OfficeBlock[] {
  return items.map((item) => ({
    kind: 'paragraph',
    runs: [{ text: `${text(item.label)} : `, bold: true }, { text: text(item.value) }],
  }));
}

/** Runs, then each line on a line of its own (a `\n` inside a run is a line break for the renderers). */
function lines(first: readonly Run[], rest: readonly string[]): Run[] {
  const runs = [...first];
  for (const line of rest) {
    if (line === '') continue;
    runs.push({ text: runs.length > 0 ? `\n${line}` : line });
  }
  return runs;
}

let engine: InstanceType<typeof MarkdownIt> | undefined;

/** A partner's markdown as headings (below `depth`), paragraphs and list items; inline marks kept as bold and italic runs. */
export function markdownBlocks(source: string, depth: number, lang: Lang): OfficeBlock[] {
  engine ??= new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');
  const tokens = engine.parse(source, {});
  const out: OfficeBlock[] = [];
  let heading: number | undefined;
  let list: { ordered: boolean; items: string[] } | undefined;
  let listDepth = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        heading = Math.min(DEEPEST, depth + Number(token.tag.slice(1)));
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth += 1;
        if (listDepth === 1) list = { ordered: token.type === 'ordered_list_open', items: [] };
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth -= 1;
        if (listDepth === 0 && list) {
          out.push({ kind: 'list', ...list });
          list = undefined;
        }
        break;
      case 'inline': {
        const runs = inlineRuns(token.children ?? [], lang);
        const plain = runs.map((run) => run.text).join('');
        if (heading !== undefined) out.push({ kind: 'heading', level: heading, text: plain });
        else if (list) list.items.push(`${'  '.repeat(Math.max(0, listDepth - 1))}${plain}`);
        else out.push({ kind: 'paragraph', runs });
        break;
      }
      case 'fence':
      case 'code_block':
        out.push({ kind: 'paragraph', runs: [{ text: token.content.replace(/\n$/, '') }] });
        break;
    }
  }
  return out;
}

function inlineRuns(children: readonly { type: string; content: string }[], lang: Lang): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  for (const child of children) {
    switch (child.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'softbreak':
        runs.push({ text: ' ' });
        break;
      case 'hardbreak':
        runs.push({ text: '\n' });
        break;
      case 'text':
      case 'code_inline':
        runs.push({ text: typeset(child.content, lang), bold: bold > 0, italic: italic > 0 });
        break;
    }
  }
  return runs;
}
