/**
 * Checks of a data package by programs no one here wrote: the Frictionless
 * JavaScript libraries (`datapackage`, `tableschema`) validate the descriptor
 * and read every row against its Table Schema, foreign keys included; the
 * sqlite3 command loads every CSV into tables with their primary and foreign
 * keys on.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface FrictionlessResource {
  name: string;
  read(options: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}

export interface FrictionlessReport {
  descriptorErrors: string[];
  /** Rows read per resource, each cast to its field's type and checked against its constraints and foreign keys. */
  rows: Record<string, Record<string, unknown>[]>;
  /** Per resource, what the library refused (a type, a constraint, a foreign key). */
  rowErrors: Record<string, string[]>;
}

export async function frictionlessCheck(dir: string): Promise<FrictionlessReport> {
  const { Package } = require('datapackage') as {
    Package: { load(descriptor: string, options: { basePath: string; strict: boolean }): Promise<FrictionlessPackage> };
  };
  const dataPackage = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: false });
  const report: FrictionlessReport = {
    descriptorErrors: dataPackage.errors.map((error) => error.message),
    rows: {},
    rowErrors: {},
  };
  for (const resource of dataPackage.resources) {
    try {
      // With relations, each foreign key is checked and replaced by the row it points at; the rows kept are the plain ones.
      await resource.read({ relations: true });
      report.rows[resource.name] = (await resource.read({ keyed: true })) as Record<string, unknown>[];
    } catch (error) {
      const { message, errors } = error as { message: string; errors?: { message: string }[] };
      report.rowErrors[resource.name] = [message, ...(errors ?? []).map((inner) => inner.message)];
    }
  }
  return report;
}

interface DescriptorField {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface DescriptorResource {
  name: string;
  path: string;
  schema: {
    fields: DescriptorField[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const SQL_TYPE: Record<string, string> = {
  string: 'TEXT',
  date: 'TEXT',
  boolean: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
};
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The SQL that creates the package's tables, imports each CSV (an empty cell becoming NULL) and checks the foreign keys. */
export function sqliteScript(dir: string): string {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    resources: DescriptorResource[];
  };
  const lines = ['PRAGMA foreign_keys = ON;', '.bail on', 'BEGIN;', 'PRAGMA defer_foreign_keys = ON;'];
  for (const resource of descriptor.resources) {
    const { fields, primaryKey = [], foreignKeys = [] } = resource.schema;
    const columns = fields.map(
      (field) =>
        `${quote(field.name)} ${SQL_TYPE[field.type] ?? 'TEXT'}${field.constraints?.required ? ' NOT NULL' : ''}`,
    );
    if (primaryKey.length > 0) columns.push(`PRIMARY KEY (${primaryKey.map(quote).join(', ')})`);
    for (const key of foreignKeys)
      columns.push(
        `FOREIGN KEY (${key.fields.map(quote).join(', ')}) REFERENCES ${quote(key.reference.resource)} (${key.reference.fields.map(quote).join(', ')})`,
      );
    lines.push(`CREATE TABLE ${quote(resource.name)} (${columns.join(', ')});`);
  }
  for (const resource of descriptor.resources) {
    const stage = quote(`stage_${resource.name}`);
    const names = resource.schema.fields.map((field) => field.name);
    lines.push(`CREATE TEMP TABLE ${stage} (${names.map((name) => `${quote(name)} TEXT`).join(', ')});`);
    lines.push(`.import --csv --skip 1 ${JSON.stringify(join(dir, resource.path))} ${stage}`);
    lines.push(
      `INSERT INTO ${quote(resource.name)} SELECT ${names.map((name) => `NULLIF(${quote(name)}, '')`).join(', ')} FROM ${stage};`,
    );
  }
  lines.push('COMMIT;', 'PRAGMA foreign_key_check;');
  return `${lines.join('\n')}\n`;
}

/** Loads the package into a fresh database file; returns sqlite3's exit code, its errors, and a function to query the database. */
export function sqliteLoad(
  dir: string,
  database: string,
): { code: number; stderr: string; stdout: string; query: (sql: string) => string } {
  const script = join(dir, '..', `${database.split('/').pop()}.sql`);
  writeFileSync(script, sqliteScript(dir));
  const result = spawnSync('sqlite3', [database, `.read ${script}`], { encoding: 'utf8' });
  const query = (sql: string): string => {
    const out = spawnSync('sqlite3', ['-json', database, sql], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    return out.stdout;
  };
  return { code: result.status ?? -1, stderr: result.stderr, stdout: result.stdout, query };
}
