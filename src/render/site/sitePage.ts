/**
 * The typed model of one page of the website: what it says, in blocks, with
 * links named by the page they point to (never by a path), so that the
 * renderer alone decides file names and writes every link relative.
 */
import type { Health } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';

export type PageRef =
  | { kind: 'home' | 'meetings' | 'search' | 'feed' }
  | { kind: 'axis' | 'partner' | 'commitment' | 'meeting'; id: string };

/** A piece of text, plain or a link to another page (optionally to an anchor in it). */
export type Inline = string | { text: string; to: PageRef; anchor?: string };

export interface Cell {
  content: Inline | readonly Inline[];
  tone?: Health | 'muted';
  /** Machine-readable figures (`data-*` attributes), the same values as `report --format json`. */
  data?: Readonly<Record<string, string | number | null>>;
  align?: 'right';
}

export interface Column {
  label: string;
  align?: 'right';
}

export type Block =
  | { kind: 'paragraph'; content: readonly Inline[]; tone?: 'muted' }
  | { kind: 'facts'; items: readonly { label: string; value: Inline | readonly Inline[] }[] }
  | { kind: 'table'; caption: string; columns: readonly Column[]; rows: readonly (readonly Cell[])[]; empty: string }
  | { kind: 'markdown'; source: string }
  | { kind: 'chart'; svg: string; caption: string }
  | { kind: 'timeline'; items: readonly { date: string; content: readonly Inline[]; note?: string }[]; empty: string }
  | { kind: 'links'; items: readonly Inline[]; empty: string };

export interface PageSection {
  /** The anchor of the section (ASCII, fixed by the builder). */
  id: string;
  title: string;
  blocks: readonly Block[];
}

export interface SitePage {
  ref: PageRef;
  lang: Lang;
  title: string;
  /** One line under the title (and the search record's description). */
  lead?: string;
  /** The git host's web editor for the file behind the page. */
  edit?: { url: string; host: string };
  sections: readonly PageSection[];
  /** Loads the search scripts (the search page only), and the index's parts after the first, relative to the first. */
  search?: { available: boolean; extraBundles: readonly string[] };
}

/** Where a page lives, relative to the site's root. Ids passed the roadmap's kebab-case rule; they are still encoded. */
export function pagePath(ref: PageRef): string {
  switch (ref.kind) {
    case 'home':
      return 'index.html';
    case 'meetings':
      return 'meetings.html';
    case 'search':
      return 'search.html';
    case 'feed':
      return 'feed.xml';
    default:
      return `${FOLDERS[ref.kind]}/${encodeURIComponent(ref.id)}.html`;
  }
}

const FOLDERS = { axis: 'axes', partner: 'partners', commitment: 'commitments', meeting: 'meetings' } as const;

/** The link from one page to another: every page sits at the root or one folder down. */
export function relativeHref(from: PageRef, to: PageRef, anchor?: string): string {
  const up = from.kind in FOLDERS ? '../' : '';
  return `${up}${pagePath(to)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** A path of an asset (stylesheet, scripts) as seen from a page. */
export function assetHref(from: PageRef, path: string): string {
  return `${from.kind in FOLDERS ? '../' : ''}${path}`;
}
