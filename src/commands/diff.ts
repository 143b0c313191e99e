import type { CommandInput } from './commandInput.js';
import { dateOrToday } from './flags/dateFlag.js';
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
import { buildDiffReport } from './opening/buildDiffReport.js';
import { resolveRoadmapFlags } from './opening/roadmapFolder.js';

/** The formats of `roadmap diff`, the first being the default (declared in flags/commandFlags.ts: a missing one does not compile). */
export const DIFF_FORMATS = {
  pretty: (report, lang) =>
    diffToPretty(report, lang, (errors: readonly Result[]) => pretty(errors, { lang, color: false, files: [] })),
  // An invalid side's problems sit under the diff's own title, one level down.
  // Markdown is the pull request's job summary, where validate has just described every error: say so, do not list them again.
  markdown: (report, lang) => diffToMarkdown(report, lang, () => diffMessage('invalid/listed-above', lang)),
  json: (report) => diffToJson(report),
} satisfies Record<string, (report: DiffReport, lang: Lang) => string>;

/**
 * `roadmap diff <from> [<to>]`: what changed between two revisions, by
 * meaning; `<to>` defaults to the working tree. Exit 1 when a side is invalid.
 */
export async function run({ args, flags, io }: CommandInput<'diff'>): Promise<number> {
  const folder = resolveRoadmapFlags(io, flags);
  // Both revisions are read at one date: it is checked before either, in --lang, else the roadmap's language.
  const asOf = dateOrToday(
    io,
    '--as-of',
    folder.asOf,
    folder.lang ?? readConventionLanguage([folder.dir]) ?? io.lang ?? 'en',
  );
  const { report, lang, invalid } = buildDiffReport(io, { ...folder, asOf, from: args[0]!, to: args[1] ?? null });
  io.stdout(DIFF_FORMATS[flags.format](report, lang));
  return invalid ? EXIT.invalid : EXIT.ok;
}
