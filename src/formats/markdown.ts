import { ERRORS, plural, PROBLEMS, WARNINGS } from '../i18n/vocabulary.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { catalogue, withRoadmapExamples } from '../diagnostics/catalogue.js';
import type { Lang, Text } from '../i18n/lang.js';
import { escapeMarkdown } from '../util/escapeMarkdown.js';
import { messageTable } from '../i18n/messageTable.js';
import { terminalLine } from '../util/sanitize.js';
import { ciResults } from './ciResults.js';
import { byFile, counts, type FormatContext, type Formatter } from './context.js';

const word = messageTable({
  title: { fr: 'Vérification de la feuille de route', en: 'Roadmap check' },
  clean: { fr: 'Aucun problème : la feuille de route est valide.', en: 'No problems: the roadmap is valid.' },
  headline: { fr: '{mark} Vérification de la feuille de route : {rest}', en: '{mark} Roadmap check: {rest}' },
  toFix: { fr: '{errors} à corriger', en: '{errors} to fix' },
  noError: { fr: 'aucune erreur', en: 'no errors' },
  blocking: {
    fr: 'Les erreurs bloquent la fusion : corrigez-les dans les fichiers ci-dessous (ouvrez le fichier, crayon « Modifier », enregistrez dans la même branche) ; la vérification se relance seule.',
    en: 'Errors block the merge: fix them in the files below (open the file, pencil "Edit", commit to the same branch); the check runs again by itself.',
  },
  notBlocking: {
    fr: 'Les avertissements signalent un point à regarder, sans bloquer.',
    en: 'Warnings point at something to look at, without blocking.',
  },
  tally: { fr: '{problems} dans {files}.', en: '{problems} in {files}.' },
  otherWarnings: {
    fr: '{mark} {warnings} dans {files} (sans blocage)',
    en: '{mark} {warnings} in {files} (not blocking)',
  },
  problem: { fr: '{mark} **Ligne {line}** — {message}', en: '{mark} **Line {line}** — {message}' },
  change: { fr: '**À faire :** {fix}', en: '**To do:** {fix}' },
  rule: {
    fr: 'Règle `{rule}` — explication complète : `roadmap explain {rule}`',
    en: 'Rule `{rule}` — full explanation: `roadmap explain {rule}`',
  },
  why: { fr: '**Pourquoi :** {why}', en: '**Why:** {why}' },
  wrong: { fr: 'À éviter :', en: 'Wrong:' },
  right: { fr: 'Correct :', en: 'Right:' },
  leftOut: {
    fr: '{mark} {problems} de plus ne sont pas affichés ici, pour rester sous la limite de taille du résumé : voyez-les tous avec `roadmap validate` ou dans les annotations de la demande de fusion.',
    en: '{mark} {problems} more are not shown here, to stay under the summary size limit: see them all with `roadmap validate` or in the pull request annotations.',
  },
} satisfies Record<string, Text>);

const ERROR = '❌';
const WARNING = '⚠️';

/**
 * GitHub refuses a job summary over 1 MiB and shows nothing at all; the diff
 * and the approvers are appended after this one. Past this many bytes, files
 * are left out and counted instead.
 */
export const SUMMARY_BUDGET = 256 * 1024;

/**
 * The pull-request summary (GITHUB_STEP_SUMMARY), written for a partner who
 * never opens a terminal: what is wrong, where, what to change, with the
 * lines around it, and why (once per rule). Files with errors come first,
 * files with only warnings after, under their own heading. Plain markdown
 * without HTML, so it reads the same on every git host and passes markdownlint.
 */
export const markdown: Formatter = (results, context) => summary(results, context, 1);

/** The same summary nested under a document's heading of level `level - 1`. */
export function summary(results: readonly Result[], context: FormatContext, level: number): string {
  const { lang } = context;
  const heading = (depth: number, text: string) => `${'#'.repeat(Math.min(6, level + depth))} ${text}\n`;
  const { errors, warnings } = counts(results);
  if (results.length === 0) return `${heading(0, `✅ ${word('title', lang)}`)}\n${word('clean', lang)}\n`;

  // Excerpts are looked up by the displayed path; everything printed comes from the CI view.
  const clean = ciResults(results, context);
  const original = new Map(clean.map((r, index) => [r, results[index]!]));
  const files = byFile(clean);
  const withErrors = [...files].filter(([, fileResults]) => fileResults.some((r) => r.severity === 'error'));
  const warningsOnly = [...files].filter(([, fileResults]) => fileResults.every((r) => r.severity === 'warning'));

  const rest = errors > 0 ? word('toFix', lang, { errors: countOf('errors', errors, lang) }) : word('noError', lang);
  const intro = [
    word('tally', lang, { problems: tally(errors, warnings, lang), files: countOf('files', files.size, lang) }),
    errors > 0 ? word('blocking', lang) : '',
    warnings > 0 ? word('notBlocking', lang) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const chunks = [heading(0, word('headline', lang, { mark: errors > 0 ? ERROR : WARNING, rest })), `\n${intro}\n`];
  let size = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
  let shown = 0;
  const explained = new Set<string>();
  const add = (chunk: string, problems: number): boolean => {
    const bytes = Buffer.byteLength(chunk);
    if (size + bytes > SUMMARY_BUDGET) return false;
    chunks.push(chunk);
    size += bytes;
    shown += problems;
    return true;
  };
  const sections = [
    ...withErrors.map(([file, fileResults]) => ({ file, fileResults, depth: 1 })),
    ...warningsOnly.map(([file, fileResults]) => ({ file, fileResults, depth: 2 })),
  ];
  let full = false;
  let warningsHeading = false;
  for (const { file, fileResults, depth } of sections) {
    if (depth === 2 && !warningsHeading) {
      warningsHeading = true;
      const count = warningsOnly.reduce((sum, [, group]) => sum + group.length, 0);
      const text = word('otherWarnings', lang, {
        mark: WARNING,
        warnings: countOf('warnings', count, lang),
        files: countOf('files', warningsOnly.length, lang),
      });
      if (!add(`\n${heading(1, text)}`, 0)) {
        full = true;
        break;
      }
    }
    const fileCounts = counts(fileResults);
    const title = heading(depth, `${codeSpan(file)} — ${tally(fileCounts.errors, fileCounts.warnings, lang)}`);
    if (!add(fileSection(fileResults, context, title, explained, original), fileResults.length)) {
      full = true;
      break;
    }
  }
  if (full)
    chunks.push(
      `\n${word('leftOut', lang, { mark: WARNING, problems: countOf('problems', results.length - shown, lang) })}\n`,
    );
  return chunks.join('');
}

function fileSection(
  results: readonly Result[],
  { lang, excerpt, partners }: FormatContext,
  heading: string,
  explained: Set<string>,
  original: ReadonlyMap<Result, Result>,
): string {
  let out = `\n${heading}`;
  for (const r of results) {
    out += `\n${word('problem', lang, { mark: r.severity === 'error' ? ERROR : WARNING, line: r.line, message: escapeMarkdown(r.message) })}\n`;
    if (r.fix) out += `\n${word('change', lang, { fix: escapeMarkdown(r.fix) })}\n`;
    const source = original.get(r);
    const lines = source ? excerpt?.(source.file, r.line) : undefined;
    if (lines && lines.length > 0) out += `\n${fenced(lines.map(terminalLine), 'text')}\n`;
    if (!explained.has(r.rule)) {
      explained.add(r.rule);
      out += explanation(r.rule, lang, partners ?? []);
    }
    out += `\n${word('rule', lang, { rule: r.rule.replace(/`/g, "'") })}\n`;
  }
  return out;
}

/**
 * What `roadmap explain` says, the first time a rule appears: partners on the
 * web editor have no terminal to run it in.
 */
function explanation(rule: string, lang: Lang, partners: readonly string[]): string {
  const entry = catalogue.get(rule);
  if (!entry) return '';
  const example = (text: string | Text) =>
    fenced(withRoadmapExamples(typeof text === 'string' ? text : text[lang], partners).split('\n'), 'yaml');
  return (
    `\n${word('why', lang, { why: escapeMarkdown(entry.why[lang]) })}\n\n` +
    `${word('wrong', lang)}\n\n${example(entry.wrong)}\n\n${word('right', lang)}\n\n${example(entry.right)}\n`
  );
}

/** The counts the summary says: the vocabulary's, and files. */
const COUNTS = {
  errors: ERRORS,
  warnings: WARNINGS,
  problems: PROBLEMS,
  files: { one: { fr: '{n} fichier', en: '{n} file' }, other: { fr: '{n} fichiers', en: '{n} files' } },
} as const;

function countOf(key: keyof typeof COUNTS, n: number, lang: Lang): string {
  return plural(n, COUNTS[key], lang);
}

/** `2 erreurs, 1 avertissement`: only the kinds there are. */
function tally(errors: number, warnings: number, lang: Lang): string {
  return [errors > 0 ? countOf('errors', errors, lang) : '', warnings > 0 ? countOf('warnings', warnings, lang) : '']
    .filter(Boolean)
    .join(', ');
}

/** A code block whose fence is longer than any run of backticks inside it, so partner text cannot close it. */
function fenced(lines: readonly string[], language: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines.join('\n')) + 1));
  return `${fence}${language}\n${lines.join('\n')}\n${fence}`;
}

/**
 * A file name as inline code: its delimiter is longer than any run of
 * backticks inside, so neither backticks nor `<img …>` or `### …` in a file
 * name can become markup (line breaks are already gone).
 */
export function codeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

export { escapeMarkdown };
