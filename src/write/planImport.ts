/**
 * What `roadmap import` would change, from the sheets of a filled-in collect
 * workbook (or a CSV saved from one): each filled row becomes the change
 * `roadmap update` would make, and every problem is named by its cell
 * (`Engagements!J7`) with what to write instead. Pure: the command reads the
 * file and writes the result. All or nothing: the caller writes nothing when
 * there is a single problem.
 */
import { message } from '../i18n/editingMessages.js';
import { commitmentStatusWord } from '../i18n/vocabulary.js';
import type { Lang } from '../i18n/lang.js';
import { formatMoney } from '../i18n/formatMoney.js';
import { cents } from '../model/cents.js';
import { officeMessage } from '../i18n/officeMessages.js';
import type { Commitment, Roadmap } from '../model/types.js';
import type { ReadCellAt, ReadSheet } from '../parse/office/readSpreadsheet.js';
import { COLLECT_COLUMNS, statusChoices, type CollectColumn } from '../render/workbook/collectWorkbook.js';
import { columnName } from '../render/office/officeZip.js';
import { closestMatch } from '../util/closestMatch.js';
import { isCalendarDate } from '../util/dates.js';
import type { CommitmentChange } from '../edit/updateCommitment.js';

export interface ImportProblem {
  /** `Engagements!J7`. */
  where: string;
  message: string;
}

export interface PlannedChange {
  commitment: string;
  change: CommitmentChange;
}

export type ImportPlan =
  | { ok: true; changes: PlannedChange[] }
  | { ok: false; problems: ImportProblem[] }
  /** No sheet has the id column of a collect workbook in its first row. */
  | { ok: false; problems: []; noSheet: true };

export interface ImportContext {
  roadmap: Roadmap;
  lang: Lang;
  /** The date of the journal entries and of measures without their own date. */
  on: string;
  today: string;
  /** The imported file's name, recorded as the journal entries' `source`. */
  source: string;
  /** CSV: the sheet's name in problems (a spreadsheet names a CSV's only sheet after the file). */
  csvName: string;
  /** A decimal comma (`12,5`): a `;` CSV, or a French roadmap; otherwise commas group thousands (`1,250`). */
  decimalComma: boolean;
}

type Columns = Partial<Record<CollectColumn, number>>;

export function planImport(sheets: readonly ReadSheet[], ctx: ImportContext): ImportPlan {
  const problems: ImportProblem[] = [];
  const commitments = new Map(ctx.roadmap.commitments.map((entity) => [entity.data.id, entity.data]));
  const changes = new Map<string, { change: CommitmentChange; said: string[]; news: string | undefined }>();
  const changeOf = (data: Commitment) => {
    let found = changes.get(data.id);
    if (!found)
      changes.set(
        data.id,
        (found = { change: { on: ctx.on, journalText: '', journalSource: ctx.source }, said: [], news: undefined }),
      );
    return found;
  };
  let recognised = false;
  for (const sheet of sheets) {
    const columns = headerColumns(sheet);
    const name = sheet.name === '' ? ctx.csvName : sheet.name;
    const at = (row: number, column: number): string => `${sheetReference(name)}!${columnName(column)}${row + 1}`;
    const problem = (row: number, column: number, text: string): void =>
      void problems.push({ where: at(row, column), message: text });
    if (columns.commitmentId !== undefined) {
      recognised = true;
      readCommitmentRows(sheet, columns as Columns & { commitmentId: number }, ctx, commitments, changeOf, problem);
    }
    if (columns.fundingCommitment !== undefined && columns.funderId !== undefined) {
      recognised = true;
      readFundingRows(
        sheet,
        columns as Columns & { fundingCommitment: number; funderId: number },
        ctx,
        commitments,
        changeOf,
        problem,
      );
    }
    if (columns.indicatorCommitment !== undefined && columns.indicatorId !== undefined) {
      recognised = true;
      readIndicatorRows(
        sheet,
        columns as Columns & { indicatorCommitment: number; indicatorId: number },
        ctx,
        commitments,
        changeOf,
        problem,
      );
    }
  }
  if (!recognised) return { ok: false, problems: [], noSheet: true };
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    changes: [...changes].map(([commitment, { change, said, news }]) => ({
      commitment,
      change: {
        ...change,
        journalText:
          news ??
          (said.join(message('journal/separator', ctx.lang)) || officeMessage('import/journal/imported', ctx.lang)),
      },
    })),
  };
}

type ChangeOf = (data: Commitment) => { change: CommitmentChange; said: string[]; news: string | undefined };
type Problem = (row: number, column: number, text: string) => void;

/** The columns a sheet's first row names, recognised by their labels in either language. */
function headerColumns(sheet: ReadSheet): Columns {
  // One label may name several columns (the commitment id of the indicators and of the funding sheets).
  const labels = new Map<string, CollectColumn[]>();
  for (const [key, messageKey] of Object.entries(COLLECT_COLUMNS) as [
    CollectColumn,
    (typeof COLLECT_COLUMNS)[CollectColumn],
  ][]) {
    for (const lang of ['fr', 'en'] as const) {
      const label = normalise(officeMessage(messageKey, lang));
      labels.set(label, [...new Set([...(labels.get(label) ?? []), key])]);
    }
  }
  const columns: Columns = {};
  for (const [column, { cell }] of sheet.rows.get(0) ?? []) {
    if (cell.kind !== 'text') continue;
    for (const key of labels.get(normalise(cell.text)) ?? []) columns[key] ??= column;
  }
  return columns;
}

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function readCommitmentRows(
  sheet: ReadSheet,
  columns: Columns & { commitmentId: number },
  ctx: ImportContext,
  commitments: ReadonlyMap<string, Commitment>,
  changeOf: ChangeOf,
  problem: Problem,
): void {
  const seen = new Map<string, number>();
  const choices = statusChoices(ctx.lang);
  const fill = [columns.newStatus, columns.newProgress, columns.news].filter(
    (column): column is number => column !== undefined,
  );
  for (const { row, cells, data } of filledRows(
    sheet,
    fill,
    fill,
    columns.commitmentId,
    commitments,
    problem,
    ctx.lang,
  )) {
    const earlier = seen.get(data.id);
    if (earlier !== undefined) {
      problem(
        row,
        columns.commitmentId,
        officeMessage('import/cell/duplicate-id', ctx.lang, { id: data.id, row: earlier + 1 }),
      );
      continue;
    }
    seen.set(data.id, row);
    const planned = changeOf(data);
    const statusCell = columns.newStatus === undefined ? undefined : cells.get(columns.newStatus);
    if (statusCell) {
      const typed = cellAsText(statusCell);
      const status =
        typed === undefined ? undefined : [...choices].find(([label]) => normalise(label) === normalise(typed))?.[1];
      if (status === undefined) {
        problem(
          row,
          columns.newStatus!,
          officeMessage('import/cell/status', ctx.lang, {
            value: typed ?? shownValue(statusCell),
            choices: [...choices.keys()].join(', '),
          }),
        );
      } else if (status !== data.status) {
        const later = (data.updates ?? []).find((entry) => entry.date > ctx.on && entry.status !== undefined);
        if (later)
          problem(
            row,
            columns.newStatus!,
            officeMessage('import/cell/later-status', ctx.lang, { id: data.id, date: later.date }),
          );
        planned.change.status = status;
        planned.said.push(
          message('journal/status', ctx.lang, {
            from: commitmentStatusWord(data.status, ctx.lang),
            to: commitmentStatusWord(status, ctx.lang),
          }),
        );
      }
    }
    const progressCell = columns.newProgress === undefined ? undefined : cells.get(columns.newProgress);
    if (progressCell) {
      const value = cellAsNumber(progressCell, ctx.decimalComma, true);
      if (value === undefined || value < 0 || value > 100) {
        problem(
          row,
          columns.newProgress!,
          officeMessage('import/cell/progress', ctx.lang, { value: shownValue(progressCell) }),
        );
      } else {
        planned.change.progress = value;
        planned.said.push(message('journal/progress', ctx.lang, { value }));
      }
    }
    const newsCell = columns.news === undefined ? undefined : cells.get(columns.news);
    if (newsCell) {
      const news = shownValue(newsCell).trim();
      if (news !== '') planned.news = news;
    }
  }
}

function readIndicatorRows(
  sheet: ReadSheet,
  columns: Columns & { indicatorCommitment: number; indicatorId: number },
  ctx: ImportContext,
  commitments: ReadonlyMap<string, Commitment>,
  changeOf: ChangeOf,
  problem: Problem,
): void {
  const fill = [columns.newMeasure, columns.measureSource, columns.measureDate].filter(
    (column): column is number => column !== undefined,
  );
  if (columns.newMeasure === undefined) return;
  for (const { row, cells, data } of filledRows(
    sheet,
    [columns.newMeasure],
    fill,
    columns.indicatorCommitment,
    commitments,
    problem,
    ctx.lang,
  )) {
    const indicatorId = cells.get(columns.indicatorId);
    const wanted = indicatorId ? shownValue(indicatorId).trim() : '';
    const indicators = data.indicators ?? [];
    const indicator = indicators.findIndex((candidate) => candidate.id === wanted);
    if (indicator === -1) {
      problem(
        row,
        columns.indicatorId,
        officeMessage('import/cell/unknown-indicator', ctx.lang, {
          id: data.id,
          indicator: wanted,
          known: indicators.map((each) => each.id).join(', ') || message('update/none', ctx.lang),
        }),
      );
      continue;
    }
    const measureCell = cells.get(columns.newMeasure)!;
    const value = cellAsNumber(measureCell, ctx.decimalComma, false);
    if (value === undefined) {
      problem(
        row,
        columns.newMeasure,
        officeMessage('import/cell/number', ctx.lang, {
          value: shownValue(measureCell),
          example: ctx.decimalComma || ctx.lang === 'fr' ? '1250 ou 12,5' : '1250 or 12.5',
        }),
      );
      continue;
    }
    const dateCell = columns.measureDate === undefined ? undefined : cells.get(columns.measureDate);
    const date = dateCell ? measureDate(dateCell, ctx, (text) => problem(row, columns.measureDate!, text)) : ctx.on;
    if (date === undefined) continue;
    const planned = changeOf(data);
    const sourceCell = columns.measureSource === undefined ? undefined : cells.get(columns.measureSource);
    const source = sourceCell ? shownValue(sourceCell).replace(/\s+/g, ' ').trim() : '';
    (planned.change.measures ??= []).push({ indicator, value, date, source: source === '' ? ctx.source : source });
    planned.said.push(message('journal/measure', ctx.lang, { name: indicators[indicator]!.id, value }));
  }
}

function readFundingRows(
  sheet: ReadSheet,
  columns: Columns & { fundingCommitment: number; funderId: number },
  ctx: ImportContext,
  commitments: ReadonlyMap<string, Commitment>,
  changeOf: ChangeOf,
  problem: Problem,
): void {
  const amounts = (
    [
      ['committed', columns.newCommitted],
      ['paid', columns.newPaid],
    ] as const
  ).filter((pair): pair is ['committed' | 'paid', number] => pair[1] !== undefined);
  const fill = [...amounts.map(([, column]) => column), ...(columns.moneyRef === undefined ? [] : [columns.moneyRef])];
  for (const { row, cells, data } of filledRows(
    sheet,
    amounts.map(([, column]) => column),
    fill,
    columns.fundingCommitment,
    commitments,
    problem,
    ctx.lang,
  )) {
    const funderCell = cells.get(columns.funderId);
    const wanted = funderCell ? shownValue(funderCell).trim() : '';
    const funders = data.budget?.funders ?? [];
    const funder = funders.findIndex((candidate) => candidate.partner === wanted);
    if (funder === -1) {
      problem(
        row,
        columns.funderId,
        officeMessage('import/cell/unknown-funder', ctx.lang, {
          id: data.id,
          funder: wanted,
          known: funders.map((each) => each.partner).join(', ') || message('update/none', ctx.lang),
        }),
      );
      continue;
    }
    const refCell = columns.moneyRef === undefined ? undefined : cells.get(columns.moneyRef);
    const ref = refCell ? shownValue(refCell).replace(/\s+/g, ' ').trim() : '';
    for (const [kind, column] of amounts) {
      const cell = cells.get(column);
      if (!cell) continue;
      const amount = cellAsNumber(cell, ctx.decimalComma, false);
      // An amount of the files' kind: ≥ 0, below 10¹², at most two decimals (schemas/commitment.schema.json).
      if (
        amount === undefined ||
        amount < 0 ||
        amount >= 1e12 ||
        Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6
      ) {
        problem(row, column, officeMessage('import/cell/amount', ctx.lang, { value: shownValue(cell) }));
        continue;
      }
      const planned = changeOf(data);
      const budget = (planned.change.budget ??= { funders: [], committed: [], paid: [] });
      budget[kind].push({ partner: wanted, cents: cents(amount), ...(ref === '' ? {} : { ref }) });
      const funderName = ctx.roadmap.partners.find((partner) => partner.data.id === wanted)?.data.short_name ?? wanted;
      const shown = formatMoney(cents(amount), ctx.roadmap.convention?.data.currency ?? 'EUR', ctx.lang);
      planned.said.push(
        officeMessage(kind === 'committed' ? 'import/journal/committed' : 'import/journal/paid', ctx.lang, {
          funder: funderName,
          amount: shown,
        }),
      );
    }
  }
}

/**
 * The rows below the header with something in one of the `triggers` columns, in
 * order, each with the commitment its id column names; a row naming no known
 * commitment, or with a formula in a column to fill, is a problem and skipped.
 */
function* filledRows(
  sheet: ReadSheet,
  triggers: readonly number[],
  fill: readonly number[],
  idColumn: number,
  commitments: ReadonlyMap<string, Commitment>,
  problem: Problem,
  lang: Lang,
): Generator<{ row: number; cells: ReadonlyMap<number, ReadCellAt>; data: Commitment }> {
  for (const [row, cells] of [...sheet.rows].sort(([a], [b]) => a - b)) {
    if (row === 0 || !triggers.some((column) => cells.has(column))) continue;
    const data = rowCommitment(cells, row, idColumn, commitments, problem, lang);
    const formulas = fill.filter((column) => cells.get(column)?.formula);
    for (const column of formulas) problem(row, column, officeMessage('import/cell/formula', lang));
    if (data && formulas.length === 0) yield { row, cells, data };
  }
}

/** The commitment a filled row names in its id column, or a problem at that cell. */
function rowCommitment(
  cells: ReadonlyMap<number, ReadCellAt>,
  row: number,
  column: number,
  commitments: ReadonlyMap<string, Commitment>,
  problem: Problem,
  lang: Lang,
): Commitment | undefined {
  const cell = cells.get(column);
  const id = cell ? shownValue(cell).trim() : '';
  if (id === '') {
    problem(row, column, officeMessage('import/cell/missing-id', lang));
    return undefined;
  }
  const data = commitments.get(id);
  if (!data) {
    const guess = closestMatch(id, [...commitments.keys()]);
    problem(
      row,
      column,
      officeMessage('import/cell/unknown-id', lang, {
        id,
        suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
      }),
    );
  }
  return data;
}

/**
 * The date of a measure: a date cell, or text written `YYYY-MM-DD`; a date
 * written the French way (`15/03/2026`) is refused with its ISO spelling
 * suggested, and so is a date after today.
 */
function measureDate(at: ReadCellAt, ctx: ImportContext, problem: (text: string) => void): string | undefined {
  const { cell } = at;
  const typed = cell.kind === 'date' ? cell.value : cell.kind === 'text' ? cell.text.trim() : undefined;
  if (typed === undefined || !isCalendarDate(typed)) {
    const shown = shownValue(at);
    const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(shown.trim());
    const suggestion = dayFirst
      ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`
      : ctx.on;
    problem(officeMessage('import/cell/date', ctx.lang, { value: shown, suggestion }));
    return undefined;
  }
  if (typed > ctx.today) {
    problem(officeMessage('import/cell/date-after-today', ctx.lang, { value: typed }));
    return undefined;
  }
  return typed;
}

/** A cell as text when it holds text (a status word); undefined for a number or a date. */
function cellAsText(at: ReadCellAt): string | undefined {
  return at.cell.kind === 'text' ? at.cell.text : undefined;
}

/** What a cell shows, for messages and for text columns (news, sources, ids). */
function shownValue(at: ReadCellAt): string {
  const { cell } = at;
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.percent ? cell.value * 100 : cell.value);
    case 'date':
      return cell.value;
    case 'boolean':
      return String(cell.value);
    case 'error':
      return cell.text;
  }
}

/**
 * A number typed in a cell: a number cell (a percentage cell counts in
 * points when `points`), or text such as `45`, `45,5`, `1 250` or `45 %`.
 * A decimal comma is read in a `;` CSV and in a French roadmap; otherwise a comma groups thousands.
 */
function cellAsNumber(at: ReadCellAt, decimalComma: boolean, points: boolean): number | undefined {
  const { cell } = at;
  if (cell.kind === 'number') return cell.percent && points ? round(cell.value * 100) : cell.value;
  if (cell.kind !== 'text') return undefined;
  let text = cell.text.replace(/[\s\u00a0\u202f]/g, '');
  if (points) text = text.replace(/%$/, '');
  // `1 250,5` or `1.250,5` with a decimal comma; `1,250.5` without one.
  text = decimalComma
    ? text.includes(',')
      ? text.replace(/\./g, '').replace(',', '.')
      : text
    : text.replace(/,/g, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** 0.455 × 100 is 45.50000000000001 in binary: a percentage cell gives back what was typed. */
const round = (value: number): number => Math.round(value * 1e9) / 1e9;

/** A sheet's name as a spreadsheet writes it in a reference: quoted unless plain letters, digits and underscores. */
export function sheetReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
