import { useColor } from '../io/color.js';
import { EXIT } from '../io/io.js';
import { derive } from '../derive/derive.js';
import { scopeRoadmap } from '../derive/scopeRoadmap.js';
import { formatDate } from '../i18n/formatDate.js';
import { sheetsToCsv } from '../render/sheet/sheetsToCsv.js';
import { sheetsToMarkdown } from '../render/sheet/sheetsToMarkdown.js';
import { reportContext } from '../render/report/reportContext.js';
import { reportToJson } from '../render/report/reportToJson.js';
import { REPORT_VIEWS, reportSheets, type ReportView } from '../render/report/reportSheets.js';
import { sheetsToTerminal } from '../render/sheet/sheetsToTerminal.js';
import type { Figures } from '../derive/types.js';
import type { Lang } from '../i18n/lang.js';
import type { ReportContext } from '../render/report/reportContext.js';
import { escapeMarkdown } from '../util/escapeMarkdown.js';
import { terminalLine } from '../util/sanitize.js';
import { requireChoice, requireKnownId } from './flags/requireKnown.js';
import { detachedRoadmapCommand } from './opening/roadmapCommand.js';
import { isWorkbookFormat, workbookTarget, writeWorkbook } from './output/writeWorkbook.js';
import { sheetsToWorkbook } from '../render/workbook/sheetsToWorkbook.js';

interface ReportPage {
  figures: Figures;
  ctx: ReportContext;
  view: ReportView;
  /** The title line, then the scope lines of --axis and --partner. */
  heading: readonly string[];
  lang: Lang;
  color: boolean;
}

/** The formats of `roadmap report`, the first being the default (declared in flags/commandFlags.ts: a missing one does not compile). */
export const REPORT_FORMATS = {
  table: ({ ctx, view, heading, lang, color }) =>
    `${heading.map(terminalLine).join('\n')}\n\n${sheetsToTerminal(reportSheets(ctx, view, 'terminal'), { lang, color })}`,
  markdown: ({ ctx, view, heading, lang }) =>
    `# ${heading.map(escapeMarkdown).join(' — ')}\n\n${sheetsToMarkdown(reportSheets(ctx, view, 'document'), lang, '##')}`,
  json: ({ figures }) => reportToJson(figures),
  csv: ({ ctx, view, lang }) => sheetsToCsv(reportSheets(ctx, view, 'spreadsheet'), lang),
} satisfies Record<string, (page: ReportPage) => string>;

/** `roadmap report`: progress per axis and per partner as of a date. */
export const run = detachedRoadmapCommand<'report'>(({ flags, io, roadmap, lang, asOf, label }) => {
  const view = requireChoice('--by', flags.by, REPORT_VIEWS, 'all', lang, FRENCH_VIEWS);
  const axis = requireKnownId(
    '--axis',
    flags.axis,
    roadmap.axes.map(({ data }) => data.id),
    'axes',
    lang,
  );
  const partner = requireKnownId(
    '--partner',
    flags.partner,
    roadmap.partners.map(({ data }) => data.id),
    'partners',
    lang,
  );

  const figures = derive(scopeRoadmap(roadmap, { axis, partner }), asOf);
  const ctx = reportContext(figures, lang);
  const heading = [
    ctx.words.heading(roadmap.convention?.data.title ?? label, formatDate(figures.asOf, lang)),
    ...(axis === undefined
      ? []
      : [ctx.words.scope.axis(roadmap.axes.find(({ data }) => data.id === axis)!.data.title)]),
    ...(partner === undefined ? [] : [ctx.words.scope.partner(ctx.partnerName(partner))]),
  ];
  if (isWorkbookFormat(flags.format)) {
    // A workbook is a file, never terminal output: --out names it.
    const path = workbookTarget(io, flags.out, flags.format, lang);
    writeWorkbook(
      io,
      lang,
      sheetsToWorkbook(reportSheets(ctx, view, 'spreadsheet'), lang, heading.join(' — ')),
      path,
      flags.dryRun,
    );
    return EXIT.ok;
  }
  io.stdout(REPORT_FORMATS[flags.format]({ figures, ctx, view, heading, lang, color: useColor(io) }));
  return EXIT.ok;
});

/** The French words a secretariat types for a view: `--by axe` is `--by axis`. */
const FRENCH_VIEWS = {
  axis: ['axe', 'axes'],
  partner: ['partenaire', 'partenaires'],
  funding: ['financement', 'financements'],
  all: ['tout', 'tous'],
};
