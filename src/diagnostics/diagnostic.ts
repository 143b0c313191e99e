/**
 * A problem found in a roadmap. It points into a document by key path (or by
 * a raw offset for syntax problems); line and column are only worked out when
 * a formatter prints it (see resolveDiagnostics).
 */
import type { TemplateParams } from '../i18n/formatTemplate.js';

export type Severity = 'error' | 'warning';

export type Segment = string | number;

export type Location =
  /** A key path into the file's YAML document; `key` points at the key rather than the value. */
  | { path: Segment[]; key?: boolean }
  /** A character offset in the file text (syntax errors, read problems). */
  | { offset: number };

export type Params = TemplateParams;

export interface Diagnostic {
  rule: string;
  /** Path relative to the roadmap folder, with forward slashes: `commitments/x.md`. */
  file: string;
  at: Location;
  /** Values the message template interpolates; a Text is picked in the message's language. */
  params?: Params;
  /** Overrides the catalogue's default severity (rarely needed). */
  severity?: Severity;
}

/** A diagnostic ready to print: every field resolved, message in the chosen language. */
export interface Result {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  /** What to change, in the chosen language. */
  fix: string;
}
