/**
 * Neutralising text that comes from partners' files before it reaches a
 * terminal, a CI log or a spreadsheet.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides/isolates that can reorder a line (Trojan Source).
const UNSAFE_TERMINAL =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control/bidi characters; keeps newlines and tabs. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_TERMINAL, '');
}

/**
 * A file name made terminal-safe without losing what made it unsafe: each control or bidi
 * character is shown as `<U+202E>`. Removing it instead would name another file (`a\u202e.md`
 * would read `a.md`), and a CI annotation would land on that file.
 */
export function visibleName(text: string): string {
  return text
    .replace(UNSAFE_TERMINAL, (found) =>
      [...found].map((char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`).join(''),
    )
    .replace(/[\r\n\t]/g, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** One line of terminal-safe text (table cells). */
export function terminalLine(text: string): string {
  return terminalSafe(text).replace(/[\r\n\t]+/g, ' ');
}
