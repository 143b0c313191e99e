/**
 * A generated document as data — the brief, and the meeting documents built
 * the same way (convocation, attendance sheet, minutes) — built once from
 * Figures and rendered twice (markdown and HTML), so both files always say
 * the same thing. Every string here is plain,
 * possibly hostile text: renderers escape it for their own syntax.
 */
import type { Lang } from '../../i18n/lang.js';

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
  | { kind: 'table'; columns: readonly Column[]; rows: readonly (readonly Cell[])[]; caption?: string;
    /** A line printed above the column labels, repeated with them on every printed page. */
    header?: string }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  /** A description or minutes written in markdown by a partner. */
  | { kind: 'markdown'; source: string }
  /** Inline SVG charts (HTML only: the markdown has the same figures in tables); captions say what each shows. */
  | { kind: 'charts'; items: readonly { svg: string; caption: string }[] }
  | { kind: 'heading'; text: string; note?: string };

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
  /** The command that made it, in the generator marker (`brief` when absent; `meeting convene`, …). */
  generator?: string;
  /** `letter`: the cover does not take a page of its own and there is no table of contents. */
  layout?: 'letter';
  /** `<title>` and first heading. */
  title: string;
  cover: {
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
