/**
 * The JSON Schemas in `schemas/` are the single source of field rules: ajv
 * compiles each once per run, and its errors become catalogue diagnostics
 * pointing at the offending key or value.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EntityKind } from './types.js';
import { packageRoot } from '../util/packageRoot.js';
import { compileAtRuntime, schemaHash, schemaSources, type SchemaSource } from './compileSchemas.js';
import { schemaDiagnostic } from './schemaDiagnostic.js';
import { renameTypos, typoEchoes, withoutTypoEchoes } from './typoEchoes.js';
import { SchemaLookup, type SchemaNode } from './schemaLookup.js';

/** Schema errors that leave the value's shape intact, so later rules can still read it. */
const SHAPE_PRESERVING = new Set([
  'additionalProperties',
  'format',
  'pattern',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'uniqueItems',
  'multipleOf',
]);

export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** false when later rules must not read this value (wrong types, missing fields). */
  shapeOk: boolean;
  /** What later rules should read when it is not the value given (required fields spelt wrong, renamed). */
  value?: unknown;
}

export class SchemaValidator {
  private readonly validators: Record<string, ValidateFunction>;
  private readonly sources = schemaSources();
  private lookup?: SchemaLookup;

  constructor() {
    this.validators = loadValidators(this.sources);
  }

  check(kind: EntityKind, file: string, value: unknown): SchemaCheck {
    const validate = this.validators[kind]!;
    if (validate(value)) return { diagnostics: [], shapeOk: true };
    const errors = [...(validate.errors ?? [])];
    const echoes = typoEchoes(errors);
    const lookup = (this.lookup ??= lookupFrom(this.sources));
    const diagnostics = withoutTypoEchoes(errors, echoes)
      .filter(isReportable)
      .map((error) => schemaDiagnostic(kind, file, error, value, lookup));
    if (errors.every(isShapePreserving)) return { diagnostics, shapeOk: true };
    if (echoes.length > 0) {
      // Read on as the partner meant it; the typo itself stays reported.
      const meant = renameTypos(value, echoes);
      if (validate(meant) || (validate.errors ?? []).every(isShapePreserving))
        return { diagnostics, shapeOk: true, value: meant };
    }
    return { diagnostics, shapeOk: false };
  }
}

/** The build's precompiled validators when they match the schema files, else a compile now. */
function loadValidators(sources: readonly SchemaSource[]): Record<string, ValidateFunction> {
  const compiled = join(packageRoot(), 'dist', 'schemas', 'validators.cjs');
  if (existsSync(compiled)) {
    const module = createRequire(import.meta.url)(compiled) as Record<string, ValidateFunction> & {
      sourceHash?: string;
    };
    if (module.sourceHash === schemaHash(sources)) return module;
  }
  return compileAtRuntime(sources);
}

function isShapePreserving(error: ErrorObject): boolean {
  return SHAPE_PRESERVING.has(error.keyword);
}

function isReportable(error: ErrorObject): boolean {
  // ajv repeats a failed `format` as the sibling `pattern` failure of the same date.
  return !(error.keyword === 'pattern' && typeof error.data === 'string' && /date/.test(String(error.schemaPath)));
}

/** Schema files as documentation (titles, examples, labels), parsed only when a file has errors. */
function lookupFrom(sources: readonly SchemaSource[]): SchemaLookup {
  return new SchemaLookup(
    new Map(
      sources
        .filter((source) => source.name.endsWith('.schema.json'))
        .map((source) => [source.name, JSON.parse(source.text) as SchemaNode]),
    ),
  );
}
