/**
 * A table of figures before it is printed: the report and the actions list
 * build sheets, and one renderer per format (sheetsToTerminal, sheetsToMarkdown,
 * sheetsToCsv) prints them. Cells keep their type so that each format writes a number, a
 * percentage or a date the way its reader expects.
 */
import type { Lang } from '../../i18n/lang.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatNumber, formatPercent } from '../../i18n/formatNumber.js';
import { formatMoney } from '../../i18n/formatMoney.js';

/** How a cell may be coloured on a terminal. */
export type Tone = 'good' | 'warn' | 'bad';

export type Cell =
  /** Text: a label of ours or text from a partner's file (neutralised by each renderer). */
  | { kind: 'text'; text: string; tone?: Tone }
  | { kind: 'count'; value: number; tone?: Tone }
  /** 0..100 (or beyond, for attainment), unrounded; null prints `missing` (« non renseigné ») or a dash. */
  | { kind: 'percent'; value: number | null; tone?: Tone; missing?: string }
  | { kind: 'number'; value: number | null }
  /** An amount in exact integer cents, in the roadmap's currency (ISO 4217); null prints as a dash. */
  | { kind: 'money'; cents: bigint | null; currency: string }
  | { kind: 'date'; value: string | null; tone?: Tone };

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Long text from files: wrapped at this many characters in a terminal table. */
  wrap?: number;
}

/** Where a terminal table wraps titles and lists, so that a report fits a laptop terminal. */
export const WRAP = 36;

export interface Sheet {
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Lines printed under the table (reasons, legends). */
  notes?: string[];
  /** Printed instead of an empty table. */
  empty: string;
}

export const NONE = '—';

export const text = (value: string, tone?: Tone): Cell => ({ kind: 'text', text: value, tone });
export const count = (value: number, tone?: Tone): Cell => ({ kind: 'count', value, tone });
export const percent = (value: number | null, tone?: Tone, missing?: string): Cell => ({
  kind: 'percent',
  value,
  tone,
  missing,
});
export const number = (value: number | null): Cell => ({ kind: 'number', value });
export const date = (value: string | null, tone?: Tone): Cell => ({ kind: 'date', value, tone });
export const money = (cents: bigint | null, currency: string): Cell => ({ kind: 'money', cents, currency });

/** A cell as people read it: `25 juin 2018`, `45 %`, `2 560` (terminal and markdown). */
export function cellText(cell: Cell, lang: Lang): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return formatNumber(cell.value, lang, 0);
    case 'percent':
      return cell.value === null ? (cell.missing ?? NONE) : formatPercent(cell.value, lang);
    case 'number':
      return cell.value === null ? NONE : formatNumber(cell.value, lang);
    case 'date':
      return cell.value === null ? NONE : formatDate(cell.value, lang);
    case 'money':
      return cell.cents === null ? NONE : formatMoney(cell.cents, cell.currency, lang);
  }
}
