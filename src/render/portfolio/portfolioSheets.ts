/**
 * The portfolio as sheets (src/render/sheet): the terminal table, markdown
 * and CSV reports print them, and the site's pages render the same sheets as
 * HTML tables, so every view shows the same figures.
 */
import type { Health } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import { count, date, NONE, number, percent, text, type Cell, type Sheet, type Tone } from '../sheet/sheet.js';
import { HEALTH_WORDS } from '../../i18n/vocabulary.js';
import { portfolioWord } from './portfolioWords.js';
import { sourceProblemWord } from './sourceProblemWords.js';
import type { PortfolioLine, PortfolioResult } from './portfolioResult.js';

const TONE: Record<Health, Tone> = { green: 'good', amber: 'warn', red: 'bad' };

export function problemText(line: PortfolioLine, lang: Lang): string {
  return line.problem ? sourceProblemWord(line.problem.code, lang, line.problem.params as never) : '';
}

const cents = (value: number): Cell => number(value / 100);

const KINDS = new Set(['territory', 'cci', 'cma', 'agency', 'state', 'region', 'funder', 'other']);
/** A partner kind as people say it; a kind outside the schema stays as written. */
function kindWord(kind: string, lang: Lang): string {
  return KINDS.has(kind) ? portfolioWord(`kind-${kind}` as 'kind-other', lang) : kind;
}

export function portfolioSheets(result: PortfolioResult): Sheet[] {
  const { lang, rollups } = result;
  const word = (key: Parameters<typeof portfolioWord>[0]): string => portfolioWord(key as never, lang);
  const progressColumns = [
    { label: word('commitments'), numeric: true },
    { label: word('done'), numeric: true },
    { label: word('late'), numeric: true },
    { label: word('unknown'), numeric: true },
    { label: word('progress'), numeric: true },
  ];
  const progressCells = (part: {
    commitments: number;
    done: number;
    late: number;
    unknown: number;
    progress: number | null;
  }): Cell[] => [
    count(part.commitments),
    count(part.done),
    count(part.late, part.late > 0 ? 'warn' : undefined),
    count(part.unknown),
    percent(part.progress),
  ];
  const valid = result.lines.filter((line) => line.summary !== null);
  const sheets: Sheet[] = [
    {
      title: word('conventions'),
      columns: [
        { label: word('id') },
        { label: word('convention'), wrap: 36 },
        { label: word('territory') },
        ...progressColumns,
        { label: word('health') },
        { label: word('lastUpdate') },
        { label: word('lastCommittee') },
      ],
      rows: valid.map(({ entry, summary }) => [
        text(entry.id),
        text(summary!.title),
        text(summary!.territory ?? NONE),
        ...progressCells(summary!),
        text(HEALTH_WORDS[summary!.health][lang], TONE[summary!.health]),
        date(summary!.lastUpdate),
        date(summary!.lastCommittee),
      ]),
      notes: [
        portfolioWord('counted', lang, {
          valid: valid.length,
          total: result.lines.length,
          problems: result.lines.length - valid.length,
        }),
      ],
      empty: word('none'),
    },
    {
      title: word('byAxisTitle'),
      columns: [
        { label: word('axisTitle'), wrap: 36 },
        { label: word('conventions'), numeric: true },
        ...progressColumns,
      ],
      rows: rollups.byAxisTitle.map((row) => [text(row.key), count(row.conventions), ...progressCells(row)]),
      empty: word('none'),
    },
    {
      title: word('byPartnerKind'),
      columns: [
        { label: word('partnerKind') },
        { label: word('conventions'), numeric: true },
        { label: word('partners'), numeric: true },
        ...progressColumns,
      ],
      rows: rollups.byPartnerKind.map((row) => [
        text(kindWord(row.key, lang)),
        count(row.conventions),
        count(row.partners),
        ...progressCells(row),
      ]),
      empty: word('none'),
    },
    {
      title: word('byTerritory'),
      columns: [{ label: word('territory') }, { label: word('conventions'), numeric: true }, ...progressColumns],
      rows: rollups.byTerritory.map((row) => [
        text(row.key === '' ? word('noTerritory') : row.key),
        count(row.conventions),
        ...progressCells(row),
      ]),
      empty: word('none'),
    },
  ];
  if (rollups.money.length > 0) {
    sheets.push({
      title: word('money'),
      columns: [
        { label: word('currency') },
        { label: word('conventions'), numeric: true },
        { label: word('cost'), numeric: true },
        { label: word('planned'), numeric: true },
        { label: word('committed'), numeric: true },
        { label: word('paid'), numeric: true },
      ],
      rows: rollups.money.map((row) => [
        text(row.currency),
        count(row.conventions),
        cents(row.cost),
        cents(row.planned),
        cents(row.committed),
        cents(row.paid),
      ]),
      empty: word('none'),
    });
  }
  sheets.push(
    {
      title: portfolioWord('stale', lang, { date: rollups.staleBefore, months: result.staleMonths }),
      columns: [
        { label: word('id') },
        { label: word('lastUpdate') },
        { label: word('lastCommittee') },
        { label: word('staleReason') },
      ],
      rows: rollups.stale.map((row) => [
        text(row.id),
        date(row.lastUpdate, row.reasons.includes('update') ? 'warn' : undefined),
        date(row.lastCommittee, row.reasons.includes('committee') ? 'warn' : undefined),
        text(row.reasons.map((reason) => word(reason === 'update' ? 'reasonUpdate' : 'reasonCommittee')).join(', ')),
      ]),
      empty: word('noStale'),
    },
    {
      title: word('problems'),
      columns: [{ label: word('id') }, { label: word('source'), wrap: 36 }, { label: word('problem'), wrap: 60 }],
      rows: result.lines
        .filter((line) => line.problem !== null)
        .map((line) => [text(line.entry.id), text(line.entry.source), text(problemText(line, lang), 'bad')]),
      empty: word('noProblems'),
    },
  );
  return sheets;
}
