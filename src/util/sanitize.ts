/**
 * Neutralising text that comes from partners' files before it reaches a
 * terminal, a CI log or a spreadsheet.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides/isolates that can reorder a line (Trojan Source).
const UNSAFE_TERMINAL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control/bidi characters; keeps newlines and tabs. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_TERMINAL, '');
}

/** One line of terminal-safe text (table cells). */
export function terminalLine(text: string): string {
  return terminalSafe(text).replace(/[\r\n\t]+/g, ' ');
}
