/**
 * `stauts: done` makes two ajv errors, "unknown stauts" and "missing status":
 * one mistake. The missing-field error is dropped (the unknown-field fix
 * already says to rename), and the file is read on as the partner meant it,
 * so one typo does not hide the other problems of the file.
 */
import type { ErrorObject } from 'ajv';
import { closestMatch } from '../util/closestMatch.js';
import { pathOf } from './schemaDiagnostic.js';

export interface TypoEcho {
  /** The object holding both keys, as an ajv instance path. */
  instancePath: string;
  typed: string;
  meant: string;
}

/** Unknown fields that are a likely typo of a required field missing beside them. */
export function typoEchoes(errors: readonly ErrorObject[]): TypoEcho[] {
  const unknown = errors.filter((error) => error.keyword === 'additionalProperties');
  const echoes: TypoEcho[] = [];
  for (const missing of errors.filter((error) => error.keyword === 'required')) {
    const meant = String(missing.params.missingProperty);
    const typo = unknown.find(
      (error) =>
        error.instancePath === missing.instancePath &&
        closestMatch(String(error.params.additionalProperty), [meant]) !== undefined,
    );
    if (typo) echoes.push({ instancePath: missing.instancePath, typed: String(typo.params.additionalProperty), meant });
  }
  return echoes;
}

export function withoutTypoEchoes(errors: readonly ErrorObject[], echoes: readonly TypoEcho[]): ErrorObject[] {
  return errors.filter(
    (error) =>
      error.keyword !== 'required' ||
      !echoes.some(
        (echo) => echo.instancePath === error.instancePath && echo.meant === String(error.params.missingProperty),
      ),
  );
}

/** A copy of the value with each typed key renamed to the key it was meant to be. */
export function renameTypos(value: unknown, echoes: readonly TypoEcho[]): unknown {
  const copy = structuredClone(value);
  for (const { instancePath, typed, meant } of echoes) {
    let holder: unknown = copy;
    for (const segment of pathOf(instancePath)) holder = (holder as Record<string | number, unknown>)[segment];
    const record = holder as Record<string, unknown>;
    // Defined, not assigned, like the YAML reader: a key is data, never a prototype.
    Object.defineProperty(record, meant, {
      value: record[typed],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    delete record[typed];
  }
  return copy;
}
