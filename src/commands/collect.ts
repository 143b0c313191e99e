import { extname } from 'node:path';
import { EXIT, UsageError } from '../io/io.js';
import { officeMessage } from '../i18n/officeMessages.js';
import { collectedCommitments, collectWorkbook } from '../render/workbook/collectWorkbook.js';
import { terminalLine } from '../util/sanitize.js';
import { requireKnownId } from './flags/requireKnown.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { workbookTarget, writeWorkbook, type WorkbookFormat } from './output/writeWorkbook.js';

/**
 * `roadmap collect [--partner <id>] --out <file.xlsx|.ods>`: the workbook a
 * partner fills in before a committee (render/workbook/collectWorkbook.ts),
 * with today's values (--as-of pins another date); `roadmap import` reads it back.
 */
export const run = roadmapCommand<'collect'>(({ flags, io, roadmap, lang, label, figures }) => {
  if (flags.out === undefined) throw new UsageError(officeMessage('collect/out-needed', lang));
  const extension = extname(flags.out).toLowerCase().slice(1);
  if (extension !== 'xlsx' && extension !== 'ods')
    throw new UsageError(terminalLine(officeMessage('collect/out-extension', lang, { file: flags.out })));
  const path = workbookTarget(io, flags.out, extension as WorkbookFormat, lang);
  const partner = requireKnownId(
    '--partner',
    flags.partner,
    roadmap.partners.map(({ data }) => data.id),
    'partners',
    lang,
  );

  const names = new Map(figures.partners.map((each) => [each.id, each.shortName]));
  const axes = new Map(figures.axes.map((axis) => [axis.id, `${axis.number}. ${axis.shortTitle}`]));
  const partnerName = (id: string): string => names.get(id) ?? id;
  if (collectedCommitments(figures, partner).length === 0) {
    const scope =
      partner === undefined ? '' : officeMessage('collect/scope-partner', lang, { partner: partnerName(partner) });
    throw new UsageError(terminalLine(officeMessage('collect/nothing-open', lang, { scope })));
  }
  const workbook = collectWorkbook(
    figures,
    {
      partner,
      conventionTitle: roadmap.convention?.data.title ?? label,
      partnerName,
      axisTitle: (id) => axes.get(id) ?? id,
    },
    lang,
  );
  writeWorkbook(io, lang, workbook, path, flags.dryRun);
  return EXIT.ok;
});
