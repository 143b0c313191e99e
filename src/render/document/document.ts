/**
 * A generated document as data — the brief, the meeting documents
 * (convocation, attendance sheet, minutes) and the reminders — built once from
 * Figures and rendered by every renderer (markdown, HTML and the office
 * formats), so all files always say the same thing. Every string here is
 * plain, possibly hostile text: renderers escape it for their own syntax.
 * Nothing here is specific to one output format.
 */
import type { Lang } from '../../i18n/lang.js';
import type { ImageFormat } from '../../util/imageFormat.js';

/** Colours a cell or a line: health of an axis, or a late / overdue fact. */
export type Tone = 'green' | 'amber' | 'red' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
  /** Shown as a coloured pill in HTML, as plain text in markdown. */
  badge?: boolean;
}

export interface Column {
  label: string;
  align?: 'left' | 'right' | 'center';
  /** An empty box to sign in on paper (the attendance sheet). */
  signature?: boolean;
}

export type Block =
  | { kind: 'paragraph'; text: string; tone?: Tone }
  /** Label/value pairs: the cover, a commitment's key facts. */
  | { kind: 'facts'; items: readonly { label: string; value: string }[] }
  | {
      kind: 'table';
      columns: readonly Column[];
      rows: readonly (readonly Cell[])[];
      caption?: string;
      /** The last rows that print on one page with the row before them (the sheet's blank lines never make a page alone). */
      keepTail?: number;
      /** A line printed above the column labels, repeated with them on every printed page. */
      header?: string;
    }
  | {
      kind: 'list';
      items: readonly string[];
      ordered?: boolean;
      /** Set small and in columns (a letter's recipients). */
      compact?: boolean;
      /** A lead-in said before the items (« Destinataires : »). */
      label?: string;
    }
  /** A description or minutes written in markdown by a partner. */
  | { kind: 'markdown'; source: string }
  /** Inline SVG charts (HTML only: the markdown has the same figures in tables); captions say what each shows. */
  | { kind: 'charts'; items: readonly { svg: string; caption: string }[] }
  | { kind: 'heading'; text: string; note?: string }
  /** Letter parts (the convocation): who writes or who receives, one line each (name, organisation, address…). */
  | { kind: 'address'; role: 'sender' | 'recipient'; lines: readonly string[] }
  /** Place and date of sending: « Morlaix, le 19 novembre 2026 ». */
  | { kind: 'dateline'; text: string }
  /** « Objet : » and what the letter is about. */
  | { kind: 'subject'; label: string; text: string }
  /** How the letter opens (« Madame la Présidente, ») and the closing formula that ends it. */
  | { kind: 'salutation'; text: string }
  | { kind: 'closing'; text: string }
  /** Who signs, side by side: a letter's signatory, or the chair and the secretary of the minutes. */
  | { kind: 'signatures'; items: readonly Signatory[] };

export interface Signatory {
  /** What they sign as: « Le président de séance », « Pour le comité, ». */
  role: string;
  name: string;
  /** Their position (« Présidente de Morlaix Communauté »). */
  title?: string;
  /** Leave room to sign by hand (the minutes); a letter's signature needs none on screen. */
  box?: boolean;
}

/** An image from the roadmap's assets/, already checked for its format (an SVG already sanitised). */
export interface Image {
  format: ImageFormat;
  bytes: Uint8Array;
  /** Text alternative: the file's name without extension when nothing better is known. */
  alt: string;
}

/** The identity at the top of every document: logos, the convention, who sends it. */
export interface Letterhead {
  logos: readonly Image[];
  /** The convention's title. */
  convention: string;
  /** The secretariat: its name, organisation, address, e-mail, phone — one line each. */
  sender: readonly string[];
}

export interface Section {
  id: string;
  title: string;
  /** A shorter title for the table of contents. */
  shortTitle?: string;
  /** Annexes start on a new printed page. */
  annex?: boolean;
  blocks: readonly Block[];
}

export interface Document {
  lang: Lang;
  /** Logos, convention and secretariat above the title; absent in documents made before there was one. */
  letterhead?: Letterhead;
  /** The command that made it, in the generator marker (`brief` when absent; `meeting convene`, …). */
  generator?: string;
  /** `letter`: the cover does not take a page of its own and there is no table of contents. */
  layout?: 'letter';
  /** `<title>`. */
  title: string;
  /** The first heading and the facts under it; a letter has none (its subject is its heading). */
  cover?: {
    kicker: string;
    title: string;
    subtitle: string;
    facts: readonly { label: string; value: string }[];
    note: string;
  };
  /** Heading of the table of contents; empty for none. */
  contents: string;
  sections: readonly Section[];
  /** Printed at the foot of each PDF page. */
  footer: string;
}
