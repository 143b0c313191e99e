import { counts, type Formatter } from './context.js';

/** The documented JSON of `validate`: `{ diagnostics: [{ file, line, column, severity, rule, message }], errors, warnings }` (README.md, Validation). */
export const json: Formatter = (results) => {
  const diagnostics = results.map(({ file, line, column, severity, rule, message }) => ({
    file,
    line,
    column,
    severity,
    rule,
    message,
  }));
  return `${JSON.stringify({ diagnostics, ...counts(results) }, null, 2)}\n`;
};
