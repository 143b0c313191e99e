/**
 * The JSON Schemas in `schemas/` are the single source of field rules: ajv
 * compiles each once per run, and its errors become catalogue diagnostics
 * pointing at the offending key or value.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, Segment } from '../diagnostics/diagnostic.js';
import type { EntityKind } from './types.js';
import type { Text } from '../i18n/lang.js';
import { packageRoot } from '../util/packageRoot.js';
import { closestMatch } from '../util/closestMatch.js';
import { compileAtRuntime, schemaHash, schemaSources } from './compileSchemas.js';

/** Schema errors that leave the value's shape intact, so later rules can still read it. */
const SHAPE_PRESERVING = new Set([
  'additionalProperties', 'format', 'pattern', 'enum', 'const', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'uniqueItems', 'multipleOf',
]);

export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** false when later rules must not read this value (wrong types, missing fields). */
  shapeOk: boolean;
}

export class SchemaValidator {
  private readonly validators: Record<string, ValidateFunction>;

  constructor() {
    this.validators = loadValidators();
  }

  check(kind: EntityKind, file: string, value: unknown): SchemaCheck {
    const validate = this.validators[kind]!;
    if (validate(value)) return { diagnostics: [], shapeOk: true };
    const errors = validate.errors ?? [];
    return {
      diagnostics: errors.filter(isReportable).map((error) => toDiagnostic(file, error)),
      shapeOk: errors.every((error) => SHAPE_PRESERVING.has(error.keyword)),
    };
  }
}

/** The build's precompiled validators when they match the schema files, else a compile now. */
function loadValidators(): Record<string, ValidateFunction> {
  const sources = schemaSources();
  const compiled = join(packageRoot(), 'dist', 'schemas', 'validators.cjs');
  if (existsSync(compiled)) {
    const module = createRequire(import.meta.url)(compiled) as Record<string, ValidateFunction> & { sourceHash?: string };
    if (module.sourceHash === schemaHash(sources)) return module;
  }
  return compileAtRuntime(sources);
}

function isReportable(error: ErrorObject): boolean {
  // ajv repeats a failed `format` as the sibling `pattern` failure of the same date.
  return !(error.keyword === 'pattern' && typeof error.data === 'string' && /date/.test(String(error.schemaPath)));
}

function pathOf(instancePath: string): Segment[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map((raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(segment) ? Number(segment) : segment;
  });
}

/** `milestones[0].due`: how a person names a field in messages. */
export function fieldName(path: readonly Segment[]): string {
  let name = '';
  for (const segment of path) name += typeof segment === 'number' ? `[${segment}]` : name ? `.${segment}` : segment;
  return name || '(racine)';
}

const TYPE_NAMES: Record<string, Text> = {
  string: { fr: 'un texte', en: 'text' },
  number: { fr: 'un nombre', en: 'a number' },
  integer: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  array: { fr: 'une liste', en: 'a list' },
  object: { fr: 'un ensemble de champs', en: 'a set of fields' },
  null: { fr: 'une valeur vide', en: 'an empty value' },
};

function typeName(type: string): Text {
  return TYPE_NAMES[type] ?? { fr: type, en: type };
}

function describeType(value: unknown): Text {
  if (value === null) return typeName('null');
  if (Array.isArray(value)) return typeName('array');
  return typeName(typeof value);
}

function toDiagnostic(file: string, error: ErrorObject): Diagnostic {
  const path = pathOf(error.instancePath);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return { rule: 'schema/required', file, at: { path, key: true }, params: { field: missing } };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closestMatch(extra, known);
      return {
        rule: 'schema/unknown-field', file, at: { path: [...path, extra], key: true },
        params: { field: extra, suggestion: guess ? ` (${guess} ?)` : '' },
      };
    }
    case 'type':
      return { rule: 'schema/type', file, at: { path }, params: { field, expected: typeName(String(params.type).split(',')[0]!), found: describeType(error.data) } };
    case 'enum':
      return {
        rule: 'schema/enum', file, at: { path },
        params: { field, value: String(error.data).slice(0, 80), allowed: (params.allowedValues as unknown[]).join(', ') },
      };
    case 'format':
      return { rule: 'date/invalid', file, at: { path }, params: { field, value: String(error.data).slice(0, 80) } };
    case 'pattern':
      if (path.length === 1 && path[0] === 'id') {
        return { rule: 'id/format', file, at: { path }, params: { value: String(error.data).slice(0, 80), suggestion: kebabCase(String(error.data)) } };
      }
      return { rule: 'schema/pattern', file, at: { path }, params: { field, pattern: String(params.pattern) } };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const symbol = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[error.keyword];
      return { rule: 'schema/range', file, at: { path }, params: { field, value: String(error.data), limit: `${symbol} ${String(params.limit)}` } };
    }
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems':
      return { rule: 'schema/length', file, at: { path }, params: { field, detail: String(error.message) } };
    case 'uniqueItems':
      return { rule: 'schema/duplicate-item', file, at: { path: [...path, Number(params.i)] }, params: { field } };
    default:
      return { rule: 'schema/invalid', file, at: { path }, params: { field, detail: String(error.message) } };
  }
}

/** `Guichet Unique (créateurs)` → `guichet-unique-createurs`. */
export function kebabCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'x';
}
