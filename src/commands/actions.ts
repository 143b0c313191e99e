import type { CommandInput } from './commandInput.js';
import { useColor } from '../io/color.js';
import { EXIT } from '../io/io.js';
import { derive } from '../derive/derive.js';
import { selectActions } from '../derive/selectActions.js';
import type { ActionFigures, Figures } from '../derive/types.js';
import type { Lang } from '../i18n/lang.js';
import type { ActionStatus } from '../model/types.js';
import { actionsToJson } from '../render/actions/actionsToJson.js';
import { actionsSheet } from '../render/actions/actionsSheet.js';
import { sheetsToCsv } from '../render/sheet/sheetsToCsv.js';
import { sheetsToMarkdown } from '../render/sheet/sheetsToMarkdown.js';
import { reportContext } from '../render/report/reportContext.js';
import { reportWords } from '../render/report/reportWords.js';
import { commitmentStatusWord } from '../i18n/vocabulary.js';
import { sheetsToTerminal } from '../render/sheet/sheetsToTerminal.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';
import { pickFormat } from './shared/pickFormat.js';
import { requireChoice, requireKnownId } from './shared/requireKnown.js';
import { isWorkbookFormat, workbookTarget, writeWorkbook } from './shared/writeWorkbook.js';
import { sheetsToWorkbook } from '../render/workbook/sheetsToWorkbook.js';

interface ActionsPage {
  figures: Figures;
  actions: readonly ActionFigures[];
  lang: Lang;
  color: boolean;
}

const sheetOf = ({ figures, actions, lang }: ActionsPage) => [actionsSheet(reportContext(figures, lang), actions)];

/** The formats of `roadmap actions`, the first being the default (the command table declares the same list). */
export const ACTIONS_FORMATS = {
  table: (page) => sheetsToTerminal(sheetOf(page), { lang: page.lang, color: page.color }),
  markdown: (page) => sheetsToMarkdown(sheetOf(page), page.lang, '#'),
  json: ({ figures, actions }) => actionsToJson(figures.asOf, actions),
  csv: (page) => sheetsToCsv(sheetOf(page), page.lang),
} satisfies Record<string, (page: ActionsPage) => string>;

const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'cancelled'];

/** `roadmap actions`: action items across meetings as of a date, filtered by owner, status or overdue. */
export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, flags);
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const { roadmap } = opened.loaded;
  const lang = opened.lang;
  const owner = requireKnownId('--owner', options.owner, roadmap.partners.map(({ data }) => data.id), 'partners', lang);
  const status = requireChoice('--status', options.status, ACTION_STATUSES, undefined, lang, printedStatuses());

  const figures = derive(roadmap, opened.asOf);
  const actions = selectActions(figures.actions, { owner, status, overdue: options.overdue === true });
  if (isWorkbookFormat(options.format)) {
    const path = workbookTarget(io, options.out, options.format, lang);
    const sheets = sheetOf({ figures, actions, lang, color: false });
    writeWorkbook(io, lang, sheetsToWorkbook(sheets, lang, sheets[0]!.title), path, options.dryRun === true);
    return EXIT.ok;
  }
  io.stdout(pickFormat(ACTIONS_FORMATS, options.format, lang)({ figures, actions, lang, color: useColor(io) }));
  return EXIT.ok;
}

/** The words the actions table prints for each status, in both languages: `--status ouverte` filters as `--status open`. */
function printedStatuses(): Record<ActionStatus, string[]> {
  const words = [reportWords('fr').actionStatus, reportWords('en').actionStatus];
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, [...words.map((table) => table[status]), commitmentStatusWord(status, 'fr')]])) as Record<ActionStatus, string[]>;
}
