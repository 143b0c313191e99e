import type { CommandInput } from './commandInput.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { pretty } from '../formats/pretty.js';
import type { Lang } from '../i18n/lang.js';
import { EXIT } from '../io/io.js';
import { readConventionLanguage } from '../read/readConventionLanguage.js';
import type { DiffReport } from '../render/diff/diffReport.js';
import { diffToJson } from '../render/diff/diffToJson.js';
import { diffMessage } from '../render/diff/diffMessages.js';
import { diffToMarkdown } from '../render/diff/diffToMarkdown.js';
import { diffToPretty } from '../render/diff/diffToPretty.js';
import { buildDiffReport } from './shared/buildDiffReport.js';
import { pickFormat } from './shared/pickFormat.js';
import { resolveDate, resolveRoadmapFlags } from './shared/resolveOptions.js';

/** The formats of `roadmap diff`, the first being the default (the command table declares the same list). */
export const DIFF_FORMATS = {
  pretty: (report, lang) => diffToPretty(report, lang, (errors: readonly Result[]) => pretty(errors, { lang, color: false, files: [] })),
  // An invalid side's problems sit under the diff's own title, one level down.
  // Markdown is the pull request's job summary, where validate has just described every error: say so, do not list them again.
  markdown: (report, lang) => diffToMarkdown(report, lang, () => diffMessage('invalid/listed-above', lang)),
  json: (report) => diffToJson(report),
} satisfies Record<string, (report: DiffReport, lang: Lang) => string>;

/**
 * `roadmap diff <from> [<to>]`: what changed between two revisions, by
 * meaning; `<to>` defaults to the working tree. Exit 1 when a side is invalid.
 */
export async function run({ args, options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  // Both revisions are read at one date: it is checked before either, in --lang, else the roadmap's language.
  const asOf = resolveDate(io, flags.asOf, '--as-of', flags.lang ?? readConventionLanguage([flags.dir]) ?? io.lang ?? 'en');
  const { report, lang, invalid } = buildDiffReport(io, { ...flags, asOf, from: args[0]!, to: args[1] ?? null });
  io.stdout(pickFormat(DIFF_FORMATS, options.format, lang)(report, lang));
  return invalid ? EXIT.invalid : EXIT.ok;
}
