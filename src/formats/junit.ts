import type { Result } from '../diagnostics/diagnostic.js';
import { ciFiles, ciResults } from './ciResults.js';
import { byFile as groupByFile, type Formatter } from './context.js';

/** JUnit XML: one testcase per file checked, a failure per error, warnings as system-out. */
export const junit: Formatter = (results, context) => {
  const byFile = new Map<string, Result[]>(ciFiles(context).map((file) => [file, []]));
  for (const [file, fileResults] of groupByFile(ciResults(results, context)))
    byFile.set(file, [...(byFile.get(file) ?? []), ...fileResults]);
  let failures = 0;
  const cases = [...byFile].map(([file, fileResults]) => {
    const errors = fileResults.filter((r) => r.severity === 'error');
    const warnings = fileResults.filter((r) => r.severity === 'warning');
    if (errors.length > 0) failures++;
    const failure =
      errors.length === 0
        ? ''
        : `\n      <failure message="${xml(`${errors.length} error(s)`)}" type="${xml(errors[0]!.rule)}">${xml(errors.map(line).join('\n'))}</failure>`;
    const out = warnings.length === 0 ? '' : `\n      <system-out>${xml(warnings.map(line).join('\n'))}</system-out>`;
    return `    <testcase classname="roadmap.validate" name="${xml(file)}">${failure}${out}${failure || out ? '\n    ' : ''}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="roadmap validate" tests="${byFile.size}" failures="${failures}">`,
    `  <testsuite name="roadmap validate" tests="${byFile.size}" failures="${failures}" errors="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function line(r: Result): string {
  return `${r.file}:${r.line}:${r.column} ${r.severity} ${r.rule}: ${r.message} ${r.fix}`;
}

/** Escapes XML text and attributes; drops characters XML 1.0 cannot carry at all. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
