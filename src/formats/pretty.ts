import { Chalk } from 'chalk';
import type { Result } from '../diagnostics/diagnostic.js';
import { terminalLine } from '../util/sanitize.js';
import { counts, type Formatter } from './context.js';

const WORDS = {
  fr: { error: 'erreur', warning: 'avert.', errors: 'erreur(s)', warnings: 'avertissement(s)', clean: 'Aucun problème.', explain: (rule: string) => `en savoir plus : roadmap explain ${rule}` },
  en: { error: 'error', warning: 'warning', errors: 'error(s)', warnings: 'warning(s)', clean: 'No problems.', explain: (rule: string) => `more: roadmap explain ${rule}` },
} as const;

/** Under the position and severity columns. */
const GUTTER = ' '.repeat(2 + 8 + 1 + 7 + 1);

/**
 * Grouped by file like eslint's stylish: the problem, then what to change,
 * then the command that explains the rule in full.
 */
export const pretty: Formatter = (results, { lang, color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const words = WORDS[lang];
  if (results.length === 0) return `${chalk.green('✔')} ${words.clean}\n`;
  const byFile = new Map<string, Result[]>();
  for (const result of results) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  let out = '';
  for (const [file, fileResults] of byFile) {
    out += `${chalk.underline(terminalLine(file))}\n`;
    for (const r of fileResults) {
      const severity = r.severity === 'error' ? chalk.red(words.error.padEnd(7)) : chalk.yellow(words.warning.padEnd(7));
      out += `  ${chalk.dim(`${r.line}:${r.column}`.padEnd(8))} ${severity} ${terminalLine(r.message)}\n`;
      if (r.fix) out += `${GUTTER}${chalk.cyan('→')} ${terminalLine(r.fix)}\n`;
      out += `${GUTTER}${chalk.dim(words.explain(terminalLine(r.rule)))}\n`;
    }
    out += '\n';
  }
  const { errors, warnings } = counts(results);
  const mark = errors > 0 ? chalk.red('✖') : chalk.yellow('⚠');
  return `${out}${mark} ${errors} ${words.errors}, ${warnings} ${words.warnings}\n`;
};
