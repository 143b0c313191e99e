import type { CommandInput } from './commandInput.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { markdown } from '../formats/markdown.js';
import { pretty } from '../formats/pretty.js';
import type { Lang } from '../i18n/lang.js';
import { EXIT } from '../io/io.js';
import type { DiffReport } from '../render/diff/diffReport.js';
import { diffToJson } from '../render/diff/diffToJson.js';
import { diffToMarkdown } from '../render/diff/diffToMarkdown.js';
import { diffToPretty } from '../render/diff/diffToPretty.js';
import { buildDiffReport } from './shared/buildDiffReport.js';
import { pickFormat } from './shared/pickFormat.js';
import { resolveDate, resolveLang } from './shared/resolveOptions.js';

/** The formats of `roadmap diff`, the first being the default (the command table declares the same list). */
export const DIFF_FORMATS = {
  pretty: (report, lang) => diffToPretty(report, lang, (errors: readonly Result[]) => pretty(errors, { lang, color: false, files: [] })),
  markdown: (report, lang) => diffToMarkdown(report, lang, (errors: readonly Result[]) => markdown(errors, { lang, color: false, files: [] })),
  json: (report) => diffToJson(report),
} satisfies Record<string, (report: DiffReport, lang: Lang) => string>;

/**
 * `roadmap diff <from> [<to>]`: what changed between two revisions, by
 * meaning; `<to>` defaults to the working tree. Exit 1 when a side is invalid.
 */
export async function run({ args, options, io }: CommandInput): Promise<number> {
  const asOf = resolveDate(io, options.asOf, '--as-of', resolveLang(options.lang, 'fr'));
  const { report, lang, invalid } = buildDiffReport(io, { dir: options.dir, lang: options.lang, asOf, from: args[0]!, to: args[1] ?? null });
  io.stdout(pickFormat(DIFF_FORMATS, options.format, lang)(report, lang));
  return invalid ? EXIT.invalid : EXIT.ok;
}
