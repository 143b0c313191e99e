import { counts, type Formatter } from './context.js';

/** SPEC §6: `{ diagnostics: [{ file, line, column, severity, rule, message }], errors, warnings }`. */
export const json: Formatter = (results) => {
  const diagnostics = results.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return `${JSON.stringify({ diagnostics, ...counts(results) }, null, 2)}\n`;
};
