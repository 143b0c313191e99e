import type { CommandInput } from './commandInput.js';
import { useColor } from '../io/color.js';
import { EXIT } from '../io/io.js';
import { derive } from '../derive/derive.js';
import { scopeRoadmap } from '../derive/scopeRoadmap.js';
import { formatDate } from '../i18n/formatDate.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdownTables } from '../render/markdownTable.js';
import { reportContext } from '../render/report/reportContext.js';
import { reportJson } from '../render/report/reportJson.js';
import { REPORT_VIEWS, reportSheets } from '../render/report/reportSheets.js';
import { renderTables } from '../render/table.js';
import { escapeMarkdown } from '../formats/markdown.js';
import { terminalLine } from '../util/sanitize.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { requireChoice, requireKnownId } from './shared/requireKnown.js';

/** `roadmap report`: progress per axis and per partner as of a date (SPEC §5–§7). */
export async function run({ options, io }: CommandInput): Promise<number> {
  const opened = openRoadmap(io, { dir: options.dir, asOf: options.asOf, lang: options.lang });
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const { roadmap } = opened.loaded;
  const lang = opened.lang;
  const view = requireChoice('--by', options.by, REPORT_VIEWS, 'all', lang, FRENCH_VIEWS);
  const axis = requireKnownId('--axis', options.axis, roadmap.axes.map(({ data }) => data.id), 'axes', lang);
  const partner = requireKnownId('--partner', options.partner, roadmap.partners.map(({ data }) => data.id), 'partners', lang);

  const figures = derive(scopeRoadmap(roadmap, { axis, partner }), opened.asOf);
  const format = String(options.format);
  if (format === 'json') {
    io.stdout(reportJson(figures));
    return EXIT.ok;
  }
  const ctx = reportContext(figures, lang);
  const sheets = reportSheets(ctx, view, format === 'csv' ? 'spreadsheet' : format === 'markdown' ? 'document' : 'terminal');
  if (format === 'csv') {
    io.stdout(renderCsv(sheets, lang));
    return EXIT.ok;
  }
  const heading = [
    ctx.words.heading(roadmap.convention?.data.title ?? opened.label, formatDate(figures.asOf, lang)),
    ...(axis === undefined ? [] : [ctx.words.scope.axis(roadmap.axes.find(({ data }) => data.id === axis)!.data.title)]),
    ...(partner === undefined ? [] : [ctx.words.scope.partner(ctx.partnerName(partner))]),
  ];
  if (format === 'markdown') {
    io.stdout(`## ${heading.map(escapeMarkdown).join(' — ')}\n\n${renderMarkdownTables(sheets, lang)}`);
  } else {
    io.stdout(`${heading.map(terminalLine).join('\n')}\n\n${renderTables(sheets, { lang, color: useColor(io) })}`);
  }
  return EXIT.ok;
}

/** The French words a secretariat types for a view: `--by axe` is `--by axis`. */
const FRENCH_VIEWS = { axis: ['axe', 'axes'], partner: ['partenaire', 'partenaires'], all: ['tout', 'tous'] };
