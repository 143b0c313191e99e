import { useColor } from '../io/color.js';
import { EXIT } from '../io/io.js';
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
import { requireChoice, requireKnownId } from './flags/requireKnown.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { isWorkbookFormat, workbookTarget, writeWorkbook } from './output/writeWorkbook.js';
import { sheetsToWorkbook } from '../render/workbook/sheetsToWorkbook.js';

interface ActionsPage {
  figures: Figures;
  actions: readonly ActionFigures[];
  lang: Lang;
  color: boolean;
}

const sheetOf = ({ figures, actions, lang }: ActionsPage) => [actionsSheet(reportContext(figures, lang), actions)];

/** The formats of `roadmap actions`, the first being the default (declared in flags/commandFlags.ts: a missing one does not compile). */
export const ACTIONS_FORMATS = {
  table: (page) => sheetsToTerminal(sheetOf(page), { lang: page.lang, color: page.color }),
  markdown: (page) => sheetsToMarkdown(sheetOf(page), page.lang, '#'),
  json: ({ figures, actions }) => actionsToJson(figures.asOf, actions),
  csv: (page) => sheetsToCsv(sheetOf(page), page.lang),
} satisfies Record<string, (page: ActionsPage) => string>;

const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'cancelled'];

/** `roadmap actions`: action items across meetings as of a date, filtered by owner, status or overdue. */
export const run = roadmapCommand<'actions'>((run) => {
  const { flags, io, roadmap, lang } = run;
  const owner = requireKnownId(
    '--owner',
    flags.owner,
    roadmap.partners.map(({ data }) => data.id),
    'partners',
    lang,
  );
  const status = requireChoice('--status', flags.status, ACTION_STATUSES, undefined, lang, printedStatuses());
  // Derived once the flags are known good.
  const { figures } = run;
  const actions = selectActions(figures.actions, { owner, status, overdue: flags.overdue });
  if (isWorkbookFormat(flags.format)) {
    const path = workbookTarget(io, flags.out, flags.format, lang);
    const sheets = sheetOf({ figures, actions, lang, color: false });
    writeWorkbook(io, lang, sheetsToWorkbook(sheets, lang, sheets[0]!.title), path, flags.dryRun);
    return EXIT.ok;
  }
  io.stdout(ACTIONS_FORMATS[flags.format]({ figures, actions, lang, color: useColor(io) }));
  return EXIT.ok;
});

/** The words the actions table prints for each status, in both languages: `--status ouverte` filters as `--status open`. */
function printedStatuses(): Record<ActionStatus, string[]> {
  const words = [reportWords('fr').actionStatus, reportWords('en').actionStatus];
  return Object.fromEntries(
    ACTION_STATUSES.map((status) => [
      status,
      [...words.map((table) => table[status]), commitmentStatusWord(status, 'fr')],
    ]),
  ) as Record<ActionStatus, string[]>;
}
