import type { Result } from '../diagnostics/diagnostic.js';
import { catalogue } from '../diagnostics/catalogue.js';
import type { Lang, Text } from '../i18n/lang.js';
import { escapeMarkdown } from '../util/escapeMarkdown.js';
import { counts, type FormatContext, type Formatter } from './context.js';

const WORDS = {
  fr: {
    title: 'Vérification de la feuille de route',
    clean: 'Aucun problème : la feuille de route est valide.',
    errors: (n: number) => `${n} erreur${n > 1 ? 's' : ''}`,
    warnings: (n: number) => `${n} avertissement${n > 1 ? 's' : ''}`,
    files: (n: number) => `${n} fichier${n > 1 ? 's' : ''}`,
    headline: (mark: string, rest: string) => `### ${mark} Vérification de la feuille de route : ${rest}`,
    toFix: (errors: string) => `${errors} à corriger`,
    noError: 'aucune erreur',
    blocking: 'Les erreurs bloquent la fusion : corrigez-les dans les fichiers ci-dessous (ouvrez le fichier, crayon « Modifier », enregistrez dans la même branche) ; la vérification se relance seule.',
    notBlocking: 'Les avertissements signalent un point à regarder, sans bloquer.',
    in: 'dans',
    otherWarnings: (warnings: string, files: string) => `${warnings} dans ${files} (sans blocage)`,
    line: 'Ligne', change: 'À faire :', error: '❌', warning: '⚠️',
    rule: (rule: string) => `Règle \`${rule}\` — explication complète : \`roadmap explain ${rule}\``,
    whyAndExample: 'Pourquoi, et un exemple', wrong: 'À éviter :', right: 'Correct :',
  },
  en: {
    title: 'Roadmap check',
    clean: 'No problems: the roadmap is valid.',
    errors: (n: number) => `${n} error${n > 1 ? 's' : ''}`,
    warnings: (n: number) => `${n} warning${n > 1 ? 's' : ''}`,
    files: (n: number) => `${n} file${n > 1 ? 's' : ''}`,
    headline: (mark: string, rest: string) => `### ${mark} Roadmap check: ${rest}`,
    toFix: (errors: string) => `${errors} to fix`,
    noError: 'no errors',
    blocking: 'Errors block the merge: fix them in the files below (open the file, pencil "Edit", commit to the same branch); the check runs again by itself.',
    notBlocking: 'Warnings point at something to look at, without blocking.',
    in: 'in',
    otherWarnings: (warnings: string, files: string) => `${warnings} in ${files} (not blocking)`,
    line: 'Line', change: 'To do:', error: '❌', warning: '⚠️',
    rule: (rule: string) => `Rule \`${rule}\` — full explanation: \`roadmap explain ${rule}\``,
    whyAndExample: 'Why, and an example', wrong: 'Wrong:', right: 'Right:',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/**
 * The pull-request summary (GITHUB_STEP_SUMMARY), written for a partner who
 * never opens a terminal: what is wrong, where, what to change, with the
 * lines around it. Files with errors come first; files with only warnings
 * are folded away so the summary stays short.
 */
export const markdown: Formatter = (results, context) => {
  const words = WORDS[context.lang];
  const { errors, warnings } = counts(results);
  if (results.length === 0) return `### ✅ ${words.title}\n\n${words.clean}\n`;
  const byFile = new Map<string, Result[]>();
  for (const result of results) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  const withErrors = [...byFile].filter(([, fileResults]) => fileResults.some((r) => r.severity === 'error'));
  const warningsOnly = [...byFile].filter(([, fileResults]) => fileResults.every((r) => r.severity === 'warning'));

  const mark = errors > 0 ? '❌' : '⚠️';
  let out = `${words.headline(mark, errors > 0 ? words.toFix(words.errors(errors)) : words.noError)}\n\n`;
  const intro = [errors > 0 ? words.blocking : '', warnings > 0 ? words.notBlocking : ''].filter(Boolean).join(' ');
  out += `${tally(errors, warnings, words)} ${words.in} ${words.files(byFile.size)}. ${intro}\n`;
  for (const [file, fileResults] of withErrors) out += fileSection(file, fileResults, context);
  if (warningsOnly.length > 0) {
    const count = warningsOnly.reduce((sum, [, fileResults]) => sum + fileResults.length, 0);
    out += `\n<details><summary>${words.warning} ${words.otherWarnings(words.warnings(count), words.files(warningsOnly.length))}</summary>\n`;
    for (const [file, fileResults] of warningsOnly) out += fileSection(file, fileResults, context);
    out += '\n</details>\n';
  }
  return out;
};

function fileSection(file: string, results: readonly Result[], { lang, excerpt }: FormatContext): string {
  const words = WORDS[lang];
  const { errors, warnings } = counts(results);
  let out = `\n#### \`${inlineCode(file)}\` — ${tally(errors, warnings, words)}\n`;
  for (const r of results) {
    out += `\n${r.severity === 'error' ? words.error : words.warning} **${words.line} ${r.line}** — ${escapeMarkdown(r.message)}  \n`;
    if (r.fix) out += `**${words.change}** ${escapeMarkdown(r.fix)}\n`;
    const lines = excerpt?.(r.file, r.line);
    if (lines && lines.length > 0) out += `\n${fenced(lines, 'text')}\n`;
    out += explanation(r.rule, lang, words);
    out += `\n<sub>${words.rule(inlineCode(r.rule))}</sub>\n`;
  }
  return out;
}

/**
 * What `roadmap explain` says, folded under the problem: partners on the web
 * editor have no terminal to run it in.
 */
function explanation(rule: string, lang: Lang, words: Words): string {
  const entry = catalogue.get(rule);
  if (!entry) return '';
  const example = (text: string | Text) => fenced((typeof text === 'string' ? text : text[lang]).split('\n'), 'yaml');
  return `\n<details><summary>${words.whyAndExample}</summary>\n\n${escapeMarkdown(entry.why[lang])}\n\n`
    + `${words.wrong}\n\n${example(entry.wrong)}\n\n${words.right}\n\n${example(entry.right)}\n\n</details>\n`;
}

/** `2 erreurs, 1 avertissement`: only the kinds there are. */
function tally(errors: number, warnings: number, words: Words): string {
  return [errors > 0 ? words.errors(errors) : '', warnings > 0 ? words.warnings(warnings) : ''].filter(Boolean).join(', ');
}

/** A code block whose fence is longer than any run of backticks inside it, so partner text cannot close it. */
function fenced(lines: readonly string[], language: string): string {
  const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${lines.join('\n')}\n${fence}`;
}

function inlineCode(text: string): string {
  return text.replace(/`/g, "'");
}

export { escapeMarkdown };
