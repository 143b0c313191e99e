import type { SiteLogo } from './siteLogos.js';
import { superscriptOrdinals } from '../superscriptOrdinals.js';
import { formatDate } from '../../i18n/formatDate.js';
import { escapeHtml } from '../escapeHtml.js';
import { fitLabel } from '../svg/svgFrame.js';
import { markdownToHtml } from '../document/markdownToHtml.js';
import { typeset } from '../document/typeset.js';
import { siteWord } from './siteWords.js';
import {
  assetHref,
  pagePath,
  relativeHref,
  type Block,
  type Cell,
  type Inline,
  type PageRef,
  type SitePage,
} from './sitePage.js';
import { SITE_HTML_MARKER } from './siteMarker.js';

/**
 * Pages load nothing but the site's own stylesheet; the search page adds the
 * site's own scripts and Pagefind's WebAssembly ('wasm-unsafe-eval' lets it
 * compile, nothing lets a script be injected inline), and fetches its index
 * from the same folder.
 */
export const SITE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
export const SEARCH_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";

/** Partners' headings start below the section's own h2, whatever level their markdown starts at. */
const MARKDOWN_TOP_LEVEL = 3;
/** Rows of a table rendered and written together. */
const ROWS_PER_CHUNK = 100;
/** html-validate's limit, and about what a browser tab or a search result shows. */
const TITLE_CHARS = 70;

export interface SiteFrame {
  /** The convention's title, on every page. */
  siteTitle: string;
  asOf: string;
  /** The published address, for canonical links; links inside the site stay relative. */
  baseUrl?: string;
  /** The convention's logos, beside the title on every page: their files from the site's root (`assets/logos/…`). */
  logos?: readonly Pick<SiteLogo, 'path' | 'alt' | 'size'>[];
}

/**
 * One page as HTML, in chunks (head, each section, foot) that the writer
 * streams to disk. Every text from the files is escaped; every link is
 * relative, so the folder works from a disk, GitHub Pages or GitLab Pages.
 */
export function* pageToHtml(page: SitePage, frame: SiteFrame): Generator<string> {
  const lang = page.lang;
  // `plain` for attributes and <title>, where no markup may go; `text` for element content, « 1er » raised.
  const plain = (value: string): string => escapeHtml(typeset(value, lang));
  const text = (value: string): string => superscriptOrdinals(plain(value), lang);
  const word = (key: Parameters<typeof siteWord>[0], params?: Record<string, string>): string =>
    text(siteWord(key, lang, params));
  const href = (to: PageRef, anchor?: string): string => escapeHtml(relativeHref(page.ref, to, anchor));
  const inline = (value: Inline | readonly Inline[]): string => {
    if (Array.isArray(value)) return (value as readonly Inline[]).map(inline).join('');
    const one = value as Inline;
    if (typeof one === 'string') return text(one);
    const current =
      one.to.kind === page.ref.kind &&
      ('id' in one.to ? 'id' in page.ref && one.to.id === page.ref.id : true) &&
      !one.anchor;
    return `<a href="${href(one.to, one.anchor)}"${current ? ' aria-current="page"' : ''}>${text(one.text)}</a>`;
  };
  const nav: [string, PageRef][] = [
    [siteWord('home', lang), { kind: 'home' }],
    [siteWord('meetings', lang), { kind: 'meetings' }],
    [siteWord('search', lang), { kind: 'search' }],
  ];
  const canonical = frame.baseUrl
    ? `<link rel="canonical" href="${escapeHtml(new URL(pagePath(page.ref), withSlash(frame.baseUrl)).href)}">`
    : '';
  const title = `<p class="site-title"><a href="${href({ kind: 'home' })}">${text(frame.siteTitle)}</a></p>`;
  // Without logos the header is what it always was. Each logo's size keeps its room before it loads (the CSS sets its height).
  const brand = frame.logos?.length
    ? `<div class="site-brand"><div class="site-logos">${frame.logos.map((logo) => `<img src="${escapeHtml(assetHref(page.ref, logo.path))}" alt="${plain(logo.alt)}" width="${logo.size.width}" height="${logo.size.height}">`).join('')}</div>\n${title}</div>`
    : title;
  const search = page.search?.available
    ? [
        `<link rel="stylesheet" href="${assetHref(page.ref, 'pagefind/pagefind-ui.css')}">`,
        `<script src="${assetHref(page.ref, 'pagefind/pagefind-ui.js')}" defer></script>`,
        `<script src="${assetHref(page.ref, 'assets/search.js')}" defer></script>`,
      ]
    : [];
  yield [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    SITE_HTML_MARKER,
    `<meta http-equiv="Content-Security-Policy" content="${page.search?.available ? SEARCH_CSP : SITE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${plain(fitLabel(page.title, TITLE_CHARS))}</title>`,
    page.lead ? `<meta name="description" content="${plain(page.lead)}">` : '',
    canonical,
    // Without an icon, a browser asks the server's root for /favicon.ico: outside the site's folder when it is published under a path.
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${assetHref(page.ref, 'assets/site.css')}">`,
    `<link rel="alternate" type="application/atom+xml" title="${word('feed')}" href="${href({ kind: 'feed' })}">`,
    ...search,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${word('skip')}</a>`,
    '<header class="site">',
    brand,
    `<nav aria-label="${word('navLabel')}"><ul>${nav.map(([label, to]) => `<li><a href="${href(to)}"${to.kind === page.ref.kind ? ' aria-current="page"' : ''}>${text(label)}</a></li>`).join('')}<li><a href="${href({ kind: 'feed' })}">${word('feed')}</a></li></ul></nav>`,
    '</header>',
    '<main id="main">',
    `<h1>${text(page.title)}</h1>`,
    // On the search page the lead says search needs a script: the script hides it once the box is there (id="search-notice").
    page.lead ? `<p class="lead"${page.search?.available ? ' id="search-notice"' : ''}>${text(page.lead)}</p>` : '',
    page.search?.available
      ? `<div id="search" class="search" data-label="${word('searchLabel')}"${page.search.extraBundles.length > 0 ? ` data-parts="${escapeHtml(page.search.extraBundles.map((bundle) => assetHref(page.ref, `pagefind/${bundle}`)).join(' '))}"` : ''}></div>`
      : '',
  ]
    .filter(Boolean)
    .join('\n') + '\n';
  for (const section of page.sections) {
    const id = escapeHtml(section.id);
    yield `<section aria-labelledby="${id}">\n<h2 id="${id}">${text(section.title)}</h2>\n`;
    for (const [index, block] of section.blocks.entries()) {
      if (index > 0) yield '\n';
      if (block.kind === 'table' && block.rows.length > 0) yield* tablePieces(block, section.title);
      else yield blockHtml(block);
    }
    yield '\n</section>\n';
  }
  yield [
    '</main>',
    '<footer class="site">',
    `<p>${word('asOf', { date: frame.asOf })}</p>`,
    page.edit
      ? `<p class="edit"><a href="${escapeHtml(page.edit.url)}" rel="noopener noreferrer">${word('edit')}</a> <span>(${word('editHint', { host: page.edit.host })})</span></p>`
      : '',
    `<p>${word('generated')}</p>`,
    '</footer>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n') + '\n';

  function blockHtml(block: Block): string {
    switch (block.kind) {
      case 'paragraph':
        return `<p${block.tone ? ` class="tone-${block.tone}"` : ''}>${inline(block.content)}</p>`;
      case 'facts':
        return `<dl class="facts">${block.items.map((item) => `<dt>${text(item.label)}</dt><dd>${inline(item.value)}</dd>`).join('')}</dl>`;
      case 'markdown':
        return `<div class="prose">${markdownToHtml(block.source, lang, MARKDOWN_TOP_LEVEL - topHeadingLevel(block.source))}</div>`;
      case 'chart':
        return `<figure class="chart">${block.svg}<figcaption>${text(block.caption)}</figcaption></figure>`;
      case 'links':
        return block.items.length === 0
          ? `<p class="tone-muted">${text(block.empty)}</p>`
          : `<ul class="links">${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      case 'timeline':
        return block.items.length === 0
          ? `<p class="tone-muted">${text(block.empty)}</p>`
          : `<ol class="timeline">${block.items.map((item) => `<li><time datetime="${escapeHtml(item.date)}">${text(siteDate(item.date))}</time> <span>${inline(item.content)}</span>${item.note ? ` <span class="note">${text(item.note)}</span>` : ''}</li>`).join('\n')}</ol>`;
      case 'table':
        // A table with rows goes out a slice at a time (tablePieces).
        return `<p class="tone-muted">${text(block.empty)}</p>`;
    }
  }

  /** A table with rows, a slice of rows at a time: an axis's thousand commitments never live long enough as text to reach the old generation. */
  function* tablePieces(block: Extract<Block, { kind: 'table' }>, sectionTitle: string): Generator<string> {
    // A caption that repeats the section's heading stays for screen readers only.
    yield `<table><caption${block.caption === sectionTitle ? ' class="visually-hidden"' : ''}>${text(block.caption)}</caption><thead><tr>${block.columns.map((column) => `<th scope="col"${column.align ? ' class="r"' : ''}>${text(column.label)}</th>`).join('')}</tr></thead><tbody>\n`;
    for (let start = 0; start < block.rows.length; start += ROWS_PER_CHUNK) {
      yield `${start > 0 ? '\n' : ''}${block.rows
        .slice(start, start + ROWS_PER_CHUNK)
        .map((row) => rowHtml(row, block))
        .join('\n')}`;
    }
    yield '\n</tbody></table>';
  }

  function rowHtml(row: readonly Cell[], block: Extract<Block, { kind: 'table' }>): string {
    return `<tr>${row.map((cell, index) => cellHtml(cell, block.columns[index]?.label ?? '')).join('')}</tr>`;
  }

  function cellHtml(cell: Cell, label: string): string {
    const classes = [cell.align ? 'r' : '', cell.tone ? `tone-${cell.tone}` : ''].filter(Boolean);
    const data = Object.entries(cell.data ?? {})
      .map(([key, value]) => ` data-${key}="${value === null ? '' : escapeHtml(String(value))}"`)
      .join('');
    return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''} data-label="${plain(label)}"${data}>${inline(cell.content)}</td>`;
  }

  function siteDate(value: string): string {
    return formatDate(value, lang);
  }
}

/** The level of the first-ranked heading a markdown text uses (ATX headings outside code fences); 1 when none. */
function topHeadingLevel(source: string): number {
  let top: number | undefined;
  let fenced = false;
  for (const line of source.split('\n')) {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^ {0,3}(#{1,6})(\s|$)/.exec(line);
    if (heading) top = Math.min(top ?? 6, heading[1]!.length);
  }
  return top ?? 1;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
