import { terminalSafe } from '../util/sanitize.js';
import { ciResults } from './ciResults.js';
import type { Formatter } from './context.js';

/**
 * GitHub Actions workflow commands. Partner text is escaped so that it can
 * never close the command and inject another (`%`, CR, LF; also `:` and `,`
 * inside properties).
 */
export const github: Formatter = (results, context) =>
  ciResults(results, context)
    .map((r) => {
      const properties = [
        `file=${property(r.file)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `title=${property(r.rule)}`,
      ].join(',');
      return `::${r.severity === 'error' ? 'error' : 'warning'} ${properties}::${data(`${r.message} ${r.fix}`.trim())}\n`;
    })
    .join('');

export function data(text: string): string {
  return terminalSafe(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
