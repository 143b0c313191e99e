/**
 * One ajv set-up for the runtime fallback and for the build step that
 * precompiles the validators into standalone code (so a run does not pay
 * ajv's import and compile time: about 0.3 s).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { EntityKind } from './types.js';
import { packageRoot } from '../util/packageRoot.js';

export const SCHEMA_KINDS: readonly EntityKind[] = ['convention', 'partner', 'axis', 'commitment', 'meeting'];

export interface SchemaSource {
  name: string;
  text: string;
}

export function schemaSources(): SchemaSource[] {
  const dir = join(packageRoot(), 'schemas');
  return ['common', ...SCHEMA_KINDS, 'keywords'].map((name) => {
    const file = name === 'keywords' ? 'keywords.json' : `${name}.schema.json`;
    return { name: file, text: readFileSync(join(dir, file), 'utf8') };
  });
}

/** Identifies the schema files a precompiled module was built from. */
export function schemaHash(sources: readonly SchemaSource[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source.name).update('\0').update(source.text).update('\0');
  return hash.digest('hex');
}

type AjvClass = typeof import('ajv/dist/2020.js').default;
type Ajv = InstanceType<AjvClass>;

// ajv ships CommonJS with a `default` export: require() is the reliable way in from ESM.
const require = createRequire(import.meta.url);

export function createAjv(sources: readonly SchemaSource[], standalone: boolean): Ajv {
  const Ajv = require('ajv/dist/2020.js').default as AjvClass;
  const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    verbose: true,
    code: { source: standalone },
  });
  addFormats(ajv, ['date']);
  for (const source of sources) {
    if (source.name === 'keywords.json')
      for (const keyword of JSON.parse(source.text) as string[]) ajv.addKeyword(keyword);
  }
  for (const source of sources) if (source.name !== 'keywords.json') ajv.addSchema(JSON.parse(source.text) as object);
  return ajv;
}

export function compileAtRuntime(sources: readonly SchemaSource[]): Record<string, ValidateFunction> {
  const ajv = createAjv(sources, false);
  return Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, ajv.getSchema(`${kind}.schema.json`)!]));
}

/**
 * CommonJS source of every kind's validator, for `scripts/compile-schemas.mjs`
 * (which imports the compiled file, out of knip's sight).
 * @public
 */
export function standaloneSource(sources: readonly SchemaSource[]): string {
  const ajv = createAjv(sources, true);
  const standalone = require('ajv/dist/standalone/index.js')
    .default as typeof import('ajv/dist/standalone/index.js').default;
  const refs = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, `${kind}.schema.json`]));
  const code = standalone(ajv, refs);
  return `${code}\nexports.sourceHash = ${JSON.stringify(schemaHash(sources))};\n`;
}
