import { ERRORS, plural, SEVERITY_WORDS, WARNINGS } from '../i18n/vocabulary.js';
import { Chalk } from 'chalk';
import { terminalLine, visibleName } from '../util/sanitize.js';
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';
import { byFile, counts, type Formatter } from './context.js';

const word = messageTable({
  error: SEVERITY_WORDS.error,
  warning: { fr: 'avert.', en: 'warning' },
  total: { fr: '{errors}, {warnings}', en: '{errors}, {warnings}' },
  clean: { fr: 'Aucun problème.', en: 'No problems.' },
  explain: { fr: 'en savoir plus : roadmap explain {rule}', en: 'more: roadmap explain {rule}' },
} satisfies Record<string, Text>);

/** Under the position and severity columns. */
const GUTTER = ' '.repeat(2 + 8 + 1 + 7 + 1);

/**
 * Grouped by file like eslint's stylish: the problem, then what to change,
 * then the command that explains the rule in full.
 */
export const pretty: Formatter = (results, { lang, color }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  if (results.length === 0) return `${chalk.green('✔')} ${word('clean', lang)}\n`;
  let out = '';
  for (const [file, fileResults] of byFile(results)) {
    out += `${chalk.underline(visibleName(file))}\n`;
    for (const r of fileResults) {
      const severity =
        r.severity === 'error'
          ? chalk.red(word('error', lang).padEnd(7))
          : chalk.yellow(word('warning', lang).padEnd(7));
      out += `  ${chalk.dim(`${r.line}:${r.column}`.padEnd(8))} ${severity} ${terminalLine(r.message)}\n`;
      if (r.fix) out += `${GUTTER}${chalk.cyan('→')} ${terminalLine(r.fix)}\n`;
      out += `${GUTTER}${chalk.dim(word('explain', lang, { rule: terminalLine(r.rule) }))}\n`;
    }
    out += '\n';
  }
  const { errors, warnings } = counts(results);
  const mark = errors > 0 ? chalk.red('✖') : chalk.yellow('⚠');
  return `${out}${mark} ${word('total', lang, { errors: plural(errors, ERRORS, lang), warnings: plural(warnings, WARNINGS, lang) })}\n`;
};
