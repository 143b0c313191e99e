import type { CommandInput } from './commandInput.js';
import { extname } from 'node:path';
import { EXIT, UsageError } from '../io/io.js';
import { derive } from '../derive/derive.js';
import { officeMessage } from '../i18n/officeMessages.js';
import { collectedCommitments, collectWorkbook } from '../render/workbook/collectWorkbook.js';
import { terminalLine } from '../util/sanitize.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';
import { requireKnownId } from './shared/requireKnown.js';
import { workbookTarget, writeWorkbook, type WorkbookFormat } from './shared/writeWorkbook.js';

/**
 * `roadmap collect [--partner <id>] --out <file.xlsx|.ods>`: the workbook a
 * partner fills in before a committee (render/workbook/collectWorkbook.ts),
 * with today's values; `roadmap import` reads it back.
 */
export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, flags);
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const { roadmap } = opened.loaded;
  const lang = opened.lang;
  if (typeof options.out !== 'string') throw new UsageError(officeMessage('collect/out-needed', lang));
  const extension = extname(options.out).toLowerCase().slice(1);
  if (extension !== 'xlsx' && extension !== 'ods') throw new UsageError(terminalLine(officeMessage('collect/out-extension', lang, { file: options.out })));
  const path = workbookTarget(io, options.out, extension as WorkbookFormat, lang);
  const partner = requireKnownId('--partner', options.partner, roadmap.partners.map(({ data }) => data.id), 'partners', lang);

  // Today's values by default (--as-of pins another date): the answers are dated on import.
  const figures = derive(roadmap, opened.asOf);
  const names = new Map(figures.partners.map((each) => [each.id, each.shortName]));
  const axes = new Map(figures.axes.map((axis) => [axis.id, `${axis.number}. ${axis.shortTitle}`]));
  const partnerName = (id: string): string => names.get(id) ?? id;
  if (collectedCommitments(figures, partner).length === 0) {
    const scope = partner === undefined ? '' : officeMessage('collect/scope-partner', lang, { partner: partnerName(partner) });
    throw new UsageError(terminalLine(officeMessage('collect/nothing-open', lang, { scope })));
  }
  const workbook = collectWorkbook(figures, {
    partner,
    conventionTitle: roadmap.convention?.data.title ?? opened.label,
    partnerName,
    axisTitle: (id) => axes.get(id) ?? id,
  }, lang);
  writeWorkbook(io, lang, workbook, path, options.dryRun === true);
  return EXIT.ok;
}
