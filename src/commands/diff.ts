import type { CommandInput } from './commandInput.js';
import { EXIT } from '../io/io.js';
import { renderDiffJson } from '../render/diff/renderDiffJson.js';
import { renderDiffMarkdown } from '../render/diff/renderDiffMarkdown.js';
import { renderDiffPretty } from '../render/diff/renderDiffPretty.js';
import { buildDiffReport } from './shared/buildDiffReport.js';
import { resolveDate } from './shared/resolveOptions.js';

/**
 * `roadmap diff <from> [<to>]`: what changed between two revisions, by
 * meaning; `<to>` defaults to the working tree. Exit 1 when a side is invalid.
 */
export async function run({ args, options, io }: CommandInput): Promise<number> {
  const asOf = resolveDate(io, options.asOf, '--as-of');
  const { report, lang, invalid } = buildDiffReport(io, { dir: options.dir, lang: options.lang, asOf, from: args[0]!, to: args[1] ?? null });
  const format = String(options.format);
  io.stdout(format === 'json' ? renderDiffJson(report) : format === 'markdown' ? renderDiffMarkdown(report, lang) : renderDiffPretty(report, lang));
  return invalid ? EXIT.invalid : EXIT.ok;
}
