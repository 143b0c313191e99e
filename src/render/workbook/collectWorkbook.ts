/**
 * The workbook `roadmap collect` sends to partners: instructions first, in
 * the roadmap's language; one row per open commitment with today's values
 * (status, progress, due date, latest news) then empty yellow columns to fill
 * (new status from a drop-down list, new progress, news); one row per
 * indicator of those commitments with its latest measure and a column for the
 * new one. The ids sit in grey columns that say not to change them: `import`
 * reads the rows back by them, and recognises the columns by their labels in
 * either language (COLLECT_COLUMNS).
 */
import type { Figures } from '../../derive/types.js';
import { commitmentStatusWord } from '../../i18n/vocabulary.js';
import type { Lang } from '../../i18n/lang.js';
import { officeMessage, type OfficeMessageKey } from '../../i18n/officeMessages.js';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../model/types.js';
import { fittedWidth, type Workbook, type WorkbookCell, type WorkbookColumn, type WorkbookSheet } from './workbook.js';

/** The columns `import` reads, by the message key of their label. */
export const COLLECT_COLUMNS = {
  commitmentId: 'collect/column/id',
  newStatus: 'collect/column/new-status',
  newProgress: 'collect/column/new-progress',
  news: 'collect/column/new-news',
  indicatorCommitment: 'collect/column/commitment-id',
  indicatorId: 'collect/column/indicator-id',
  newMeasure: 'collect/column/new-measure',
  measureDate: 'collect/column/new-date',
  measureSource: 'collect/column/new-source',
  fundingCommitment: 'collect/column/commitment-id',
  funderId: 'collect/column/funder-id',
  newCommitted: 'collect/column/new-committed',
  newPaid: 'collect/column/new-paid',
  moneyRef: 'collect/column/new-ref',
} as const satisfies Record<string, OfficeMessageKey>;

export type CollectColumn = keyof typeof COLLECT_COLUMNS;

/** The statuses a partner may choose, as the roadmap's language writes them. */
export function statusChoices(lang: Lang): Map<string, CommitmentStatus> {
  return new Map(COMMITMENT_STATUSES.map((status) => [commitmentStatusWord(status, lang), status]));
}

export interface CollectScope {
  /** The partner whose led commitments are listed; undefined: every partner. */
  partner?: string;
  conventionTitle: string;
  partnerName: (id: string) => string;
  axisTitle: (id: string) => string;
}

const OPEN: ReadonlySet<CommitmentStatus> = new Set(['planned', 'in_progress', 'blocked']);

/** The commitments a collect workbook lists: open as of the figures' date, led by the partner when one is given. */
export function collectedCommitments(figures: Figures, partner: string | undefined): Figures['commitments'] {
  // In axis order, as the committee reads them (then by id, as figures list them).
  const axisRank = new Map(figures.axes.map((axis, index) => [axis.id, index]));
  return figures.commitments
    .filter((commitment) => OPEN.has(commitment.status) && (partner === undefined || commitment.lead === partner))
    .sort((a, b) => (axisRank.get(a.axis) ?? Infinity) - (axisRank.get(b.axis) ?? Infinity));
}

export function collectWorkbook(figures: Figures, scope: CollectScope, lang: Lang): Workbook {
  const say = (key: OfficeMessageKey): string => officeMessage(key as 'collect/column/id', lang);
  const who = scope.partner === undefined ? officeMessage('collect/everyone', lang) : scope.partnerName(scope.partner);
  const commitments = collectedCommitments(figures, scope.partner);
  const ids = new Set(commitments.map((commitment) => commitment.id));
  const order = new Map(commitments.map((commitment, index) => [commitment.id, index]));
  const indicators = figures.indicators
    .filter((indicator) => ids.has(indicator.commitment))
    .sort((a, b) => order.get(a.commitment)! - order.get(b.commitment)!);
  const choices = [...statusChoices(lang).keys()];
  const indicatorsName = say('collect/sheet/indicators');

  const instructions: WorkbookSheet = {
    name: say('collect/sheet/instructions'),
    header: false,
    columns: [{ label: '', width: 110, wrap: true }],
    rows: [
      [
        {
          kind: 'text',
          text: officeMessage('collect/title', lang, { partner: who, convention: scope.conventionTitle }),
        },
      ],
      [],
      ...[
        scope.partner === undefined
          ? officeMessage('collect/line/what-all', lang, { date: figures.asOf })
          : officeMessage('collect/line/what', lang, { partner: who, date: figures.asOf }),
        officeMessage('collect/line/fill', lang, { indicators: indicatorsName }),
        officeMessage('collect/line/empty', lang),
        officeMessage('collect/line/ids', lang),
        officeMessage('collect/line/values', lang),
        officeMessage('collect/line/statuses', lang, { statuses: choices.join(', ') }),
        officeMessage('collect/line/numbers', lang),
        officeMessage('collect/line/return', lang),
      ].map((line): WorkbookCell[] => [{ kind: 'text', text: `• ${line}` }]),
    ],
  };

  const commitmentRows = commitments.map((commitment): WorkbookCell[] => {
    const latest = commitment.journal.at(-1);
    return [
      text(commitment.id),
      text(commitment.title),
      text(scope.axisTitle(commitment.axis)),
      text(scope.partnerName(commitment.lead)),
      text(commitmentStatusWord(commitment.status, lang)),
      commitment.progress === null ? { kind: 'empty' } : { kind: 'percent', value: commitment.progress },
      commitment.due === null ? { kind: 'empty' } : { kind: 'date', value: commitment.due },
      latest ? { kind: 'date', value: latest.date } : { kind: 'empty' },
      latest ? text(latest.text) : { kind: 'empty' },
    ];
  });
  const commitmentSheet: WorkbookSheet = {
    name: say('collect/sheet/commitments'),
    header: true,
    rows: commitmentRows,
    columns: fitted(commitmentRows, [
      { label: say('collect/column/id'), look: 'locked' },
      { label: say('collect/column/commitment'), wrap: true },
      { label: say('collect/column/axis'), wrap: true },
      { label: say('collect/column/lead') },
      { label: say('collect/column/status') },
      { label: say('collect/column/progress') },
      { label: say('collect/column/due') },
      { label: say('collect/column/news-date') },
      { label: say('collect/column/news'), wrap: true },
      { label: say('collect/column/new-status'), look: 'fill', choices },
      { label: say('collect/column/new-progress'), look: 'fill' },
      { label: say('collect/column/new-news'), look: 'fill', wrap: true, width: 40 },
    ]),
  };

  const indicatorRows = indicators.map((indicator): WorkbookCell[] => [
    text(indicator.commitment),
    text(indicator.id),
    text(indicator.label),
    indicator.unit === null ? { kind: 'empty' } : text(indicator.unit),
    { kind: 'number', value: indicator.baseline.value },
    { kind: 'number', value: indicator.target.value },
    indicator.latest ? { kind: 'number', value: indicator.latest.value } : { kind: 'empty' },
    indicator.latest ? { kind: 'date', value: indicator.latest.date } : { kind: 'empty' },
  ]);
  const indicatorSheet: WorkbookSheet = {
    name: indicatorsName,
    header: true,
    rows: indicatorRows,
    columns: fitted(indicatorRows, [
      { label: say('collect/column/commitment-id'), look: 'locked' },
      { label: say('collect/column/indicator-id'), look: 'locked' },
      { label: say('collect/column/label'), wrap: true },
      { label: say('collect/column/unit') },
      { label: say('collect/column/baseline') },
      { label: say('collect/column/target') },
      { label: say('collect/column/latest') },
      { label: say('collect/column/latest-date') },
      { label: say('collect/column/new-measure'), look: 'fill' },
      { label: say('collect/column/new-date'), look: 'fill' },
      { label: say('collect/column/new-source'), look: 'fill', width: 30 },
    ]),
  };
  const funding = figures.funding;
  const moneyOf = new Map(funding.commitments.map((money) => [money.id, money]));
  const moneyRows = funding.any
    ? commitments
        .flatMap((commitment) => moneyOf.get(commitment.id) ?? [])
        .flatMap((money) =>
          money.funders.map((funder): WorkbookCell[] => [
            text(money.id),
            text(funder.partner),
            text(scope.partnerName(funder.partner)),
            { kind: 'money', cents: funder.planned, currency: funding.currency },
            { kind: 'money', cents: funder.committed, currency: funding.currency },
            { kind: 'money', cents: funder.paid, currency: funding.currency },
          ]),
        )
    : [];
  const sheets = [instructions, commitmentSheet, indicatorSheet];
  if (moneyRows.length > 0) {
    const fundingName = say('collect/sheet/funding');
    instructions.rows.splice(4, 0, [
      {
        kind: 'text',
        text: `• ${officeMessage('collect/line/money', lang, { funding: fundingName, currency: funding.currency })}`,
      },
    ]);
    sheets.push({
      name: fundingName,
      header: true,
      rows: moneyRows,
      columns: fitted(moneyRows, [
        { label: say('collect/column/commitment-id'), look: 'locked' },
        { label: say('collect/column/funder-id'), look: 'locked' },
        { label: say('collect/column/funder') },
        { label: say('collect/column/planned') },
        { label: say('collect/column/committed') },
        { label: say('collect/column/paid') },
        { label: say('collect/column/new-committed'), look: 'fill' },
        { label: say('collect/column/new-paid'), look: 'fill' },
        { label: say('collect/column/new-ref'), look: 'fill', width: 30 },
      ]),
    });
  }
  return {
    lang,
    title: officeMessage('collect/title', lang, { partner: who, convention: scope.conventionTitle }),
    sheets,
  };
}

const text = (value: string): WorkbookCell => ({ kind: 'text', text: value });

/** Each column as wide as its content (a set width is a minimum: the empty columns to fill). */
function fitted(
  rows: readonly WorkbookCell[][],
  columns: (Omit<WorkbookColumn, 'width'> & { width?: number })[],
): WorkbookColumn[] {
  return columns.map((column, index) => {
    const fit = fittedWidth(
      column.label,
      rows.map((row) => shown(row[index])),
    );
    return { ...column, width: Math.max(column.width ?? 0, fit) };
  });
}

function shown(cell: WorkbookCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'date':
      return '00/00/0000';
    case 'percent':
      return '100 %';
    case 'money':
      return `${cell.cents / 100n},00 €`;
    default:
      return String(cell.value);
  }
}
