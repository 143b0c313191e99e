import { textByLang } from '../i18n/textByLang.js';
import { plural } from '../i18n/vocabulary.js';

const DIFFERING_LINES = {
  one: { fr: '{n} ligne diffère', en: '{n} line differs' },
  other: { fr: '{n} lignes diffèrent', en: '{n} lines differ' },
} as const;
import type { Segment } from '../diagnostics/diagnostic.js';
import { codeownersRules, isGeneratedCodeowners, renderCodeowners } from '../owners/renderCodeowners.js';
import type { Rule } from './context.js';

/**
 * owners/out-of-date: the committed CODEOWNERS, when `roadmap owners`
 * generated it, must name the approvers today's files call for. Comments are
 * ignored, so the file's language does not matter.
 */
export const ownersOutOfDate: Rule = ({ roadmap, codeowners, report }) => {
  if (!codeowners || !isGeneratedCodeowners(codeowners.text)) return;
  const expected = codeownersRules(renderCodeowners(roadmap, codeowners.prefix, 'en'));
  const committed = codeownersRules(codeowners.text);
  if (expected.length === committed.length && expected.every((line, index) => line === committed[index])) return;
  const missing = expected.filter((line) => !committed.includes(line));
  const stale = committed.filter((line) => !expected.includes(line));
  const first = missing[0] ?? stale[0] ?? expected[0] ?? '';
  const [file, path] = whereToPoint(
    first,
    codeowners.prefix,
    roadmap.partners.map((p) => p.file),
    roadmap.commitments.map((c) => c.file),
  );
  report('owners/out-of-date', file, path, {
    line: first,
    count: textByLang((lang) => plural(missing.length + stale.length, DIFFERING_LINES, lang)),
  });
};

/** The roadmap file a CODEOWNERS line is about (its `maintainers` or `lead`), else the convention's chair. */
function whereToPoint(line: string, prefix: string, partners: string[], commitments: string[]): [string, Segment[]] {
  const rel = (line.split(' ')[0] ?? '').replace(/\\(.)/g, '$1').slice(prefix.length + 1);
  if (partners.includes(rel)) return [rel, ['maintainers']];
  if (commitments.includes(rel)) return [rel, ['lead']];
  return ['convention.yaml', ['committee', 'chair']];
}
