/**
 * A published data package read back as a roadmap, so that a portfolio
 * derives every source's figures with the same engine (src/derive), whether
 * it came as files or as a package. Every cell is checked against its
 * column's type and constraints (the Table Schema of tableSpecs.ts), the
 * header against the columns the descriptor declares and those against the
 * expected ones, keys for duplicates and foreign keys for rows that exist;
 * the first problem found ends the reading (a package is published by its
 * own CI: one wrong thing says it is not that package). Pure: the caller
 * hands over the files.
 */
import type { DataPackageFileRead } from '../../read/readDataPackageFile.js';
import { parseCsv } from '../../parse/parseCsv.js';
import { isCalendarDate } from '../../util/dates.js';
import type { Action, Commitment, Convention, Entity, Meeting, Partner, Roadmap } from '../types.js';
import { problem, type SourceProblem } from '../../diagnostics/sourceProblem.js';
import type { FieldSpec, TableSpec } from './tableSpec.js';
import { TABLE_SPECS } from './tableSpecs.js';

/** Rows per table: past any real convention (60 commitments make a few hundred journal rows), far below what would exhaust memory. */
export const MAX_TABLE_ROWS = 100_000;

export type Row = Record<string, string | number | boolean | null>;

export type PackageRead =
  | { ok: true; roadmap: Roadmap; asOf: string | null; currency: string }
  | { ok: false; problem: SourceProblem };

interface DescriptorResource {
  name?: unknown;
  path?: unknown;
  schema?: { fields?: { name?: unknown }[] };
}

export function packageRoadmap(descriptorText: string, readTable: (path: string) => DataPackageFileRead): PackageRead {
  let descriptor: { resources?: DescriptorResource[]; 'x-roadmap'?: { asOf?: unknown } };
  try {
    descriptor = JSON.parse(descriptorText);
  } catch (error) {
    return { ok: false, problem: problem('package/descriptor', { detail: (error as Error).message.slice(0, 200) }) };
  }
  if (typeof descriptor !== 'object' || descriptor === null || !Array.isArray(descriptor.resources))
    return { ok: false, problem: problem('package/descriptor', { detail: 'resources' }) };
  const tables = new Map<string, Row[]>();
  for (const spec of TABLE_SPECS) {
    const resource = descriptor.resources.find((candidate) => candidate?.name === spec.name);
    if (!resource || typeof resource.path !== 'string' || !/^[a-z_]+\.csv$/.test(resource.path))
      return { ok: false, problem: problem('package/missing-table', { table: spec.name }) };
    const declared = Array.isArray(resource.schema?.fields)
      ? resource.schema.fields.map((field) => String(field?.name))
      : [];
    const expected = spec.fields.map((field) => field.name);
    if (!sameColumns(declared, expected))
      return {
        ok: false,
        problem: problem('package/columns', { table: spec.name, columns: difference(declared, expected) }),
      };
    const file = readTable(resource.path);
    if (!file.ok)
      return {
        ok: false,
        problem:
          file.reason === 'too-large'
            ? problem('package/too-large', { table: spec.name })
            : problem('package/missing-table', { table: spec.name }),
      };
    const parsed = parseCsv(file.text, MAX_TABLE_ROWS);
    if (!parsed.ok) {
      return {
        ok: false,
        problem:
          parsed.reason === 'too-many-rows'
            ? problem('package/too-many-rows', { table: spec.name, max: MAX_TABLE_ROWS })
            : problem('package/csv', { table: spec.name, row: parsed.row }),
      };
    }
    // The descriptor is what a reader trusts: the file must have the columns it declares.
    if (!sameColumns(parsed.header, declared))
      return {
        ok: false,
        problem: problem('package/columns', { table: spec.name, columns: difference(parsed.header, declared) }),
      };
    const rows = typedRows(spec, parsed.header, parsed.rows);
    if ('code' in rows) return { ok: false, problem: rows };
    tables.set(spec.name, rows);
  }
  const keys = checkKeys(tables);
  if (keys) return { ok: false, problem: keys };
  const conventionRow = tables.get('convention')![0];
  if (!conventionRow) return { ok: false, problem: problem('package/no-convention') };
  const asOf = descriptor['x-roadmap']?.asOf;
  return {
    ok: true,
    roadmap: buildRoadmap(tables),
    asOf: typeof asOf === 'string' && isCalendarDate(asOf) ? asOf : null,
    currency: String(conventionRow.currency),
  };
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

function difference(a: readonly string[], b: readonly string[]): string {
  const extra = a.filter((name) => !b.includes(name)).map((name) => `+${name}`);
  const missing = b.filter((name) => !a.includes(name)).map((name) => `-${name}`);
  return [...missing, ...extra].slice(0, 6).join(' ').slice(0, 200);
}

function typedRows(spec: TableSpec, header: readonly string[], raw: readonly string[][]): Row[] | SourceProblem {
  const columns = spec.fields.map((field) => ({ field, at: header.indexOf(field.name) }));
  const rows: Row[] = [];
  for (const [index, cells] of raw.entries()) {
    if (cells.length !== header.length) return problem('package/csv', { table: spec.name, row: index + 2 });
    const row: Row = {};
    for (const { field, at } of columns) {
      const value = typedCell(field, cells[at]!);
      if (value === undefined)
        return problem('package/cell', {
          table: spec.name,
          row: index + 2,
          column: field.name,
          value: cells[at]!.slice(0, 40),
        });
      row[field.name] = value;
    }
    rows.push(row);
  }
  return rows;
}

/** The cell's value, or undefined when it breaks its column's type or constraints. */
function typedCell(field: FieldSpec, text: string): string | number | boolean | null | undefined {
  if (text === '') return field.required ? undefined : null;
  let value: string | number | boolean;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d{1,15}$/.test(text)) return undefined;
      value = Number(text);
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) || !Number.isFinite(Number(text))) return undefined;
      value = Number(text);
      break;
    case 'boolean':
      if (text !== 'true' && text !== 'false') return undefined;
      value = text === 'true';
      break;
    case 'date':
      if (!isCalendarDate(text)) return undefined;
      value = text;
      break;
    case 'string':
      value = field.text && text.startsWith("'") ? text.slice(1) : text;
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(value)) return undefined;
      if (field.enum && !field.enum.includes(value)) return undefined;
      break;
  }
  if (
    typeof value === 'number' &&
    ((field.minimum !== undefined && value < field.minimum) || (field.maximum !== undefined && value > field.maximum))
  )
    return undefined;
  return value;
}

function checkKeys(tables: ReadonlyMap<string, Row[]>): SourceProblem | undefined {
  const keyOf = (row: Row, fields: readonly string[]): string | null => {
    const values = fields.map((field) => row[field]);
    return values.some((value) => value === null) ? null : JSON.stringify(values);
  };
  const primary = new Map<string, Set<string>>();
  for (const spec of TABLE_SPECS) {
    const seen = new Set<string>();
    for (const row of tables.get(spec.name)!) {
      const key = keyOf(row, spec.primaryKey)!;
      if (seen.has(key)) return problem('package/duplicate-key', { table: spec.name, key: key.slice(0, 80) });
      seen.add(key);
    }
    primary.set(spec.name, seen);
  }
  for (const spec of TABLE_SPECS) {
    for (const foreign of spec.foreignKeys) {
      const target = tables.get(foreign.resource)!;
      const known =
        foreign.reference.length === 1 && foreign.reference[0] === 'id'
          ? primary.get(foreign.resource)!
          : new Set(target.map((row) => keyOf(row, foreign.reference)));
      for (const row of tables.get(spec.name)!) {
        const key = keyOf(row, foreign.fields);
        if (key !== null && !known.has(key))
          return problem('package/foreign-key', {
            table: spec.name,
            column: foreign.fields.join('+'),
            key: key.slice(0, 80),
          });
      }
    }
  }
  return undefined;
}

const text = (value: unknown): string => String(value);
const maybe = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));
const list = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value !== '' ? value.split(' ') : undefined;
function entity<T>(kind: string, data: T & { id: string }): Entity<T> {
  return { data, file: `${kind}/${data.id}`, body: '' };
}
function grouped(rows: readonly Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = String(row[key]);
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}
function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function buildRoadmap(tables: ReadonlyMap<string, Row[]>): Roadmap {
  const table = (name: string): Row[] => tables.get(name)!;
  const c = table('convention')[0]!;
  const convention: Convention & { currency?: string } = stripUndefined({
    id: text(c.id),
    title: text(c.title),
    signed_on: text(c.signed_on),
    place: maybe<string>(c.place),
    language: c.language === 'en' ? 'en' : 'fr',
    territory: maybe<string>(c.territory),
    horizon: maybe<string>(c.horizon),
    committee: stripUndefined({
      name: text(c.committee_name),
      chair: maybe<string>(c.committee_chair),
      cadence_months: maybe<number>(c.committee_cadence_months),
    }),
    summary: maybe<string>(c.summary),
    repository: typeof c.repository_url === 'string' ? { url: c.repository_url } : undefined,
    currency: text(c.currency),
  });
  const partners = table('partners').map((p) =>
    entity<Partner>(
      'partners',
      stripUndefined({
        id: text(p.id),
        name: text(p.name),
        short_name: text(p.short_name),
        kind: p.kind as Partner['kind'],
        role: p.role as Partner['role'],
        joined_on: maybe<string>(p.joined_on),
        left_on: maybe<string>(p.left_on),
        territory: maybe<string>(p.territory),
        representative:
          typeof p.representative_name === 'string'
            ? stripUndefined({ name: p.representative_name, title: maybe<string>(p.representative_title) })
            : undefined,
      }),
    ),
  );
  const axes = table('axes').map((a) =>
    entity(
      'axes',
      stripUndefined({
        id: text(a.id),
        number: Number(a.number),
        title: text(a.title),
        short_title: text(a.short_title),
        leads: list(a.leads),
      }),
    ),
  );
  const milestones = grouped(table('milestones'), 'commitment');
  const indicators = grouped(table('indicators'), 'commitment');
  const measures = grouped(table('measures'), 'indicator');
  const journal = grouped(table('journal'), 'commitment');
  const funding = grouped(table('funding'), 'commitment');
  const entries = grouped(table('funding_entries'), 'commitment');
  const byNumber = (a: Row, b: Row) => Number(a.number) - Number(b.number);
  const commitments = table('commitments').map((row) => {
    const id = text(row.id);
    const commitment: Commitment = stripUndefined({
      id,
      title: text(row.title),
      axis: text(row.axis),
      lead: text(row.lead),
      partners: list(row.partners),
      status: row.status as Commitment['status'],
      start: maybe<string>(row.start),
      due: maybe<string>(row.due),
      progress: maybe<number>(row.progress),
      weight: Number(row.weight),
      milestones: (milestones.get(id) ?? [])
        .sort(byNumber)
        .map((m) =>
          stripUndefined({ title: text(m.title), due: maybe<string>(m.due), done_on: maybe<string>(m.done_on) }),
        ),
      indicators: (indicators.get(id) ?? []).map((i) =>
        stripUndefined({
          id: text(i.id),
          label: text(i.label),
          unit: maybe<string>(i.unit),
          baseline: { value: Number(i.baseline_value), date: text(i.baseline_date) },
          target: { value: Number(i.target_value), date: text(i.target_date) },
          measures: (measures.get(text(i.id)) ?? [])
            .filter((m) => m.commitment === id)
            .sort(byNumber)
            .map((m) =>
              stripUndefined({ date: text(m.date), value: Number(m.value), source: maybe<string>(m.source) }),
            ),
        }),
      ),
      budget:
        row.cost !== null || funding.has(id)
          ? stripUndefined({
              cost: maybe<number>(row.cost),
              funders: (funding.get(id) ?? []).sort(byNumber).map((f) => {
                const own = (entries.get(id) ?? []).filter((e) => e.funder === f.number).sort(byNumber);
                const dated = (kind: string) =>
                  own
                    .filter((e) => e.kind === kind)
                    .map((e) =>
                      stripUndefined({ date: text(e.date), amount: Number(e.amount), ref: maybe<string>(e.ref) }),
                    );
                return stripUndefined({
                  partner: text(f.partner),
                  planned: Number(f.planned),
                  committed: dated('committed'),
                  paid: dated('paid'),
                });
              }),
            })
          : undefined,
      updates: (journal.get(id) ?? []).sort(byNumber).map((j) =>
        stripUndefined({
          date: text(j.date),
          text: text(j.text),
          status: maybe<Commitment['status']>(j.status),
          due: maybe<string>(j.due),
          previous_due: maybe<string>(j.previous_due),
          decision: maybe<string>(j.decision),
          milestone: maybe<number>(j.milestone),
        }),
      ),
    });
    return entity('commitments', commitment);
  });
  const attendance = grouped(table('attendance'), 'meeting');
  const decisions = grouped(table('decisions'), 'meeting');
  const actions = grouped(table('actions'), 'meeting');
  const meetings = table('meetings').map((row) => {
    const id = text(row.id);
    const meeting: Meeting = stripUndefined({
      id,
      date: text(row.date),
      kind: row.kind as Meeting['kind'],
      title: text(row.title),
      status: row.status as Meeting['status'],
      place: maybe<string>(row.place),
      time: maybe<string>(row.time),
      end_time: maybe<string>(row.end_time),
      chair: maybe<string>(row.chair),
      attendees: (attendance.get(id) ?? []).map((a) => ({
        partner: text(a.partner),
        present: a.present === true,
        excused: a.excused === true,
      })),
      decisions: (decisions.get(id) ?? [])
        .sort(byNumber)
        .map((d) =>
          stripUndefined({ id: text(d.id), text: text(d.text), axes: list(d.axes), commitments: list(d.commitments) }),
        ),
      actions: (actions.get(id) ?? []).map((a) =>
        stripUndefined<Action>({
          id: text(a.id),
          text: text(a.text),
          owner: text(a.owner),
          due: maybe<string>(a.due),
          status: a.status as Action['status'],
          closed_on: maybe<string>(a.closed_on),
          commitment: maybe<string>(a.commitment),
          note: maybe<string>(a.note),
        }),
      ),
    });
    return entity('meetings', meeting);
  });
  return { convention: entity('convention', convention), partners, axes, commitments, meetings };
}
