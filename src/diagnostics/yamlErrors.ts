/**
 * The `yaml` package's syntax errors, explained to someone who edits YAML in
 * a web editor: what is wrong at that spot, in French and English. One code
 * can mean several things (MISSING_CHAR), so entries may also match the
 * package's English message; the first entry that fits wins.
 */
import { textByLang } from '../i18n/textByLang.js';
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';

const MESSAGES = {
  'quote-not-closed': { fr: 'un guillemet ouvert n’est jamais refermé', en: 'an opening quote is never closed' },
  'item-misaligned': {
    fr: 'un élément de liste n’est pas aligné : chaque élément commence par « - » à la même colonne',
    en: 'a list item is misaligned: every item starts with "- " at the same column',
  },
  'colon-missing': {
    fr: 'un nom de champ n’est pas suivi de « : » et de sa valeur',
    en: 'a field name is not followed by ":" and its value',
  },
  'closing-missing': {
    fr: 'un caractère fermant manque (guillemet, « ] » ou « } »)',
    en: 'a closing character is missing (quote, "]" or "}")',
  },
  'colon-in-value': {
    fr: 'la valeur contient « : » suivi d’un espace, ou la ligne est trop en retrait ; mettez la valeur entre guillemets ou alignez la ligne sur les champs voisins',
    en: 'the value contains ": " or the line is indented too far; quote the value or align the line with the fields around it',
  },
  'key-over-lines': {
    fr: 'un nom de champ court sur plusieurs lignes : il manque sans doute « : » (suivi d’un espace) ou un guillemet fermant sur la ligne précédente',
    en: 'a field name runs over several lines: probably a missing ":" (followed by a space) or a missing closing quote on the line before',
  },
  'bracket-not-closed': {
    fr: 'une liste entre crochets « [ » n’est pas refermée par « ] » sur la même ligne',
    en: 'a list opened with "[" is not closed by "]" on the same line',
  },
  'brace-not-closed': {
    fr: 'un groupe entre accolades « { » n’est pas refermé par « } »',
    en: 'a group opened with "{" is not closed by "}"',
  },
  'bad-indent': {
    fr: 'le retrait de la ligne est incorrect : les champs d’un même groupe commencent à la même colonne',
    en: 'the line is wrongly indented: fields of one group start at the same column',
  },
  'bad-value-start': {
    fr: 'une valeur ne peut pas commencer par ce caractère (@, ` ou %) ; mettez-la entre guillemets',
    en: 'a value cannot start with this character (@, ` or %); put it between quotes',
  },
  'bad-escape': {
    fr: 'une barre oblique inverse « \\ » entre guillemets doubles doit être doublée ; ou utilisez des guillemets simples',
    en: 'a backslash "\\" inside double quotes must be doubled; or use single quotes',
  },
  'text-after-value': {
    fr: "du texte suit une valeur déjà terminée ; une apostrophe dans un texte entre guillemets simples s’écrit « `''` » (ou utilisez des guillemets doubles)",
    en: 'text follows a value that has already ended; an apostrophe inside single quotes is written "\'\'" (or use double quotes)',
  },
  'unexpected-character': {
    fr: 'un caractère inattendu se trouve à cet endroit ; vérifiez les « : », les « - » et les guillemets de la ligne',
    en: 'an unexpected character is here; check the ":", "-" and quotes on the line',
  },
  'list-styles-mixed': {
    fr: 'une liste ligne à ligne (« - ») se trouve entre crochets ou accolades ; choisissez l’une ou l’autre écriture',
    en: 'a line-by-line list ("- ") sits inside brackets or braces; use one style or the other',
  },
  'unknown-anchor': {
    fr: 'un alias « * » renvoie à une ancre « & » qui n’existe pas',
    en: 'an alias "*" refers to an anchor "&" that does not exist',
  },
  'key-too-long': { fr: 'un nom de champ dépasse 1 024 caractères', en: 'a field name is over 1,024 characters long' },
  'bad-directive': { fr: 'une directive « % » inconnue ou mal placée', en: 'an unknown or misplaced "%" directive' },
  generic: { fr: 'la syntaxe n’est pas du YAML valide à cet endroit', en: 'the syntax is not valid YAML here' },
  'tab-indentation': {
    fr: 'une tabulation sert de retrait et YAML n’accepte que des espaces : remplacez les tabulations du début de la ligne par {spaces}',
    en: 'a tab is used for indentation and YAML only accepts spaces: replace the tabs at the start of the line with {spaces}',
  },
  'spaces.one': { fr: '{n} espace', en: '{n} space' },
  'spaces.other': { fr: '{n} espaces', en: '{n} spaces' },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);

interface YamlErrorEntry {
  code: string;
  /** Narrows a code by the package's own message. */
  message?: RegExp;
  key: Exclude<keyof typeof MESSAGES, 'tab-indentation' | 'spaces.one' | 'spaces.other'>;
}

export const YAML_ERRORS: readonly YamlErrorEntry[] = [
  { code: 'MISSING_CHAR', message: /quote/i, key: 'quote-not-closed' },
  { code: 'MISSING_CHAR', message: /sequence item/i, key: 'item-misaligned' },
  { code: 'MISSING_CHAR', message: /map values|followed by/i, key: 'colon-missing' },
  { code: 'MISSING_CHAR', key: 'closing-missing' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', key: 'colon-in-value' },
  { code: 'MULTILINE_IMPLICIT_KEY', key: 'key-over-lines' },
  { code: 'BAD_INDENT', message: /flow sequence/i, key: 'bracket-not-closed' },
  { code: 'BAD_INDENT', message: /flow mapping/i, key: 'brace-not-closed' },
  { code: 'BAD_INDENT', key: 'bad-indent' },
  { code: 'BAD_SCALAR_START', key: 'bad-value-start' },
  { code: 'BAD_DQ_ESCAPE', key: 'bad-escape' },
  { code: 'UNEXPECTED_TOKEN', message: /scalar at node end/i, key: 'text-after-value' },
  { code: 'UNEXPECTED_TOKEN', key: 'unexpected-character' },
  { code: 'BLOCK_IN_FLOW', key: 'list-styles-mixed' },
  { code: 'BAD_ALIAS', key: 'unknown-anchor' },
  { code: 'KEY_OVER_1024_CHARS', key: 'key-too-long' },
  { code: 'BAD_DIRECTIVE', key: 'bad-directive' },
];

/** The explanation for a `yaml` error, never the package's English as such. */
/** (TAB_AS_INDENT is said by `tabIndentation`, with the number of spaces.) */
export function explainYamlError(code: string, message: string): Text {
  const entry = YAML_ERRORS.find(
    (candidate) => candidate.code === code && (!candidate.message || candidate.message.test(message)),
  );
  const key: YamlErrorEntry['key'] = entry?.key ?? 'generic';
  return textByLang((lang) => word(key, lang));
}

/**
 * A tab at the start of a line, said with the fix: how many spaces put the
 * line where it most likely belongs — under the field above it, or one step
 * further in when the line above opens a group (`milestones:`, `- title: …`
 * continued by its fields).
 */
export function tabIndentation(text: string, lineStart: number): Text {
  const previous = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse()
    .find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const n = previous === undefined ? 0 : expectedIndent(previous);
  return textByLang((lang) =>
    word('tab-indentation', lang, { spaces: word(n === 1 ? 'spaces.one' : 'spaces.other', lang, { n }) }),
  );
}

function expectedIndent(line: string): number {
  const indent = line.length - line.trimStart().length;
  const item = /^(\s*)-\s+/.exec(line);
  // `  - title: x` → its next field aligns with `title` (4); `milestones:` → one step in (2).
  const content = item ? item[0].length : indent;
  return line.trimEnd().endsWith(':') ? content + 2 : content;
}
