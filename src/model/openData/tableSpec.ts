/**
 * The shape of a table of the open-data export: its columns with their
 * Frictionless Table Schema types and constraints, its primary key and its
 * foreign keys. The descriptor (datapackage.json), the CSV writer, the
 * portfolio's reader and the SQLite check all read these specs, so the
 * columns are said once.
 */
import type { Text } from '../../i18n/lang.js';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface FieldSpec {
  name: string;
  type: FieldType;
  description: Text;
  required?: boolean;
  enum?: readonly string[];
  /** A regular expression the whole value matches (ids). */
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Free text from the files: written with the formula guard of csvText.ts. */
  text?: boolean;
}

export interface ForeignKeySpec {
  fields: readonly string[];
  resource: string;
  reference: readonly string[];
}

export interface TableSpec {
  name: string;
  title: Text;
  fields: readonly FieldSpec[];
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKeySpec[];
}

/** One cell: null is an empty cell (a missing value). */
export type CellValue = string | number | boolean | null;

export interface Table {
  spec: TableSpec;
  rows: CellValue[][];
}
