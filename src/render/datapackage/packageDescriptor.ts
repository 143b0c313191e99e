/**
 * `datapackage.json`: a Frictionless Tabular Data Package whose every
 * resource is one table's CSV with its Table Schema (types, constraints,
 * primary and foreign keys). `x-roadmap` marks the package as made by
 * roadmap (so that a later export may replace it) and records its as-of date.
 */
import type { Lang } from '../../i18n/lang.js';
import type { FieldSpec, TableSpec } from '../../model/openData/tableSpec.js';

export const GENERATOR = 'roadmap';

export interface PackageInfo {
  name: string;
  title: string;
  asOf: string;
  lang: Lang;
  /** What the whole package is (its description). */
  description: string;
}

function fieldDescriptor(field: FieldSpec, lang: Lang): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints.required = true;
  if (field.enum) constraints.enum = [...field.enum];
  if (field.pattern) constraints.pattern = field.pattern;
  if (field.minimum !== undefined) constraints.minimum = field.minimum;
  if (field.maximum !== undefined) constraints.maximum = field.maximum;
  const descriptor: Record<string, unknown> = {
    name: field.name,
    type: field.type,
    format: 'default',
    description: field.description[lang],
  };
  if (field.text) descriptor['x-formula-guard'] = true;
  if (Object.keys(constraints).length > 0) descriptor.constraints = constraints;
  return descriptor;
}

export function tableSchema(spec: TableSpec, lang: Lang): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    fields: spec.fields.map((field) => fieldDescriptor(field, lang)),
    missingValues: [''],
  };
  if (spec.primaryKey.length > 0) schema.primaryKey = [...spec.primaryKey];
  // The profile wants at least one foreign key when the list is there at all.
  if (spec.foreignKeys.length > 0)
    schema.foreignKeys = spec.foreignKeys.map((key) => ({
      fields: [...key.fields],
      reference: { resource: key.resource, fields: [...key.reference] },
    }));
  return schema;
}

export function packageDescriptor(info: PackageInfo, tables: readonly TableSpec[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    'x-roadmap': { generator: GENERATOR, asOf: info.asOf, language: info.lang },
    resources: tables.map((spec) => ({
      name: spec.name,
      path: `${spec.name}.csv`,
      profile: 'tabular-data-resource',
      title: spec.title[info.lang],
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: tableSchema(spec, info.lang),
    })),
  };
}

/** Whether a datapackage.json in the way was written by roadmap (an export may then replace it and its CSVs). */
export function isOurPackage(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { 'x-roadmap'?: { generator?: unknown } };
    return parsed?.['x-roadmap']?.generator === GENERATOR;
  } catch {
    return false;
  }
}
