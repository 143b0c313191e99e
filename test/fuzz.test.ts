/**
 * Fuzzing the pure pipeline (loadRoadmap → checkRoadmap → resolveDiagnostics,
 * no disk) with mutations of the base fixture's files: byte flips, line
 * deletions and duplications, key renames, type swaps, hostile lines,
 * truncation. Whatever the input, it returns within a bound, never throws,
 * and every diagnostic points inside its file. Fixed seed: a failure is
 * reproducible, and fast-check prints the shrunk counterexample.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDiagnostics } from '../src/diagnostics/resolveDiagnostics.js';
import { loadRoadmap } from '../src/model/loadRoadmap.js';
import { SchemaValidator } from '../src/model/schemaValidator.js';
import type { RawFile } from '../src/read/readFolder.js';
import { checkRoadmap } from '../src/rules/checkRoadmap.js';
import { FIXTURES } from './helpers/cli.js';

const SEED = 20_181_115;
const RUNS = 2_000;
/** One run is a few milliseconds; this bound only catches a hang or a blow-up, even on a loaded CI machine. */
const MAX_MS_PER_RUN = 3_000;
const AS_OF = '2026-11-25';

const BASE = join(FIXTURES, 'base', 'roadmap');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const BASE_FILES: readonly RawFile[] = listFiles(BASE)
  .map((path) => ({ rel: relative(BASE, path).split(sep).join('/'), bytes: new Uint8Array(readFileSync(path)) }))
  .sort((a, b) => (a.rel < b.rel ? -1 : 1));

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Mutation = (bytes: Uint8Array) => Uint8Array;

function onLines(change: (lines: string[]) => string[]): Mutation {
  return (bytes) => encoder.encode(change(decoder.decode(bytes).split('\n')).join('\n'));
}

const at = <T>(items: readonly T[], index: number): number => (items.length === 0 ? 0 : index % items.length);

const VALUES = [
  '[]',
  '{}',
  '~',
  'null',
  '123',
  '-1.5',
  '1e999',
  'true',
  'no',
  '"texte"',
  "''",
  '2019-02-30',
  '2019-02-28T10:00:00Z',
  '[a, [b, [c]]]',
  '{ a: { b: 1 } }',
  '&a x',
  '*a',
  '*nope',
  '!!js/function "f"',
  '!Ref x',
  '|\n  bloc',
  '"\\e[31m\\u202e"',
  '0755',
  '1.10',
];
const KEYS = [
  'stauts',
  'x-note',
  '__proto__',
  'constructor',
  'id',
  'status',
  '"a:b"',
  '? [k]',
  '<<',
  'tître',
  '',
  'Id',
  'due',
];
const LINES = [
  '---',
  '...',
  '- x',
  'x: [',
  'x: "',
  '\t- tab',
  '%YAML 1.1',
  '? a',
  ': b',
  '&anchor',
  '#',
  'a: *a',
  'b: &a [*a]',
  '  - { date: 2019-13-01, value: x }',
  '\ufeff---',
  '\r',
  `x:\n${'  '.repeat(80)}y: 1`,
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ position: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }).map(
    ({ position, value }): Mutation =>
      (bytes) => {
        const copy = bytes.slice();
        if (copy.length > 0) copy[position % copy.length] = value;
        return copy;
      },
  ),
  fc.nat().map((line): Mutation => onLines((lines) => lines.filter((_, i) => i !== at(lines, line)))),
  fc
    .nat()
    .map(
      (line): Mutation =>
        onLines((lines) => lines.flatMap((text, i) => (i === at(lines, line) ? [text, text] : [text]))),
    ),
  fc
    .record({ line: fc.nat(), key: fc.constantFrom(...KEYS) })
    .map(
      ({ line, key }): Mutation =>
        onLines((lines) =>
          lines.map((text, i) => (i === at(lines, line) ? text.replace(/^(\s*-?\s*)[\w-]+:/, `$1${key}:`) : text)),
        ),
    ),
  fc
    .record({ line: fc.nat(), value: fc.constantFrom(...VALUES) })
    .map(
      ({ line, value }): Mutation =>
        onLines((lines) =>
          lines.map((text, i) => (i === at(lines, line) ? text.replace(/^(\s*-?\s*[\w-]+:).*$/, `$1 ${value}`) : text)),
        ),
    ),
  fc
    .record({ line: fc.nat(), text: fc.constantFrom(...LINES) })
    .map(
      ({ line, text }): Mutation =>
        onLines((lines) => [...lines.slice(0, at(lines, line)), text, ...lines.slice(at(lines, line))]),
    ),
  fc.nat().map(
    (length): Mutation =>
      (bytes) =>
        bytes.slice(0, bytes.length === 0 ? 0 : length % bytes.length),
  ),
  fc.record({ position: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 8 }) }).map(
    ({ position, text }): Mutation =>
      (bytes) => {
        const cut = bytes.length === 0 ? 0 : position % bytes.length;
        return new Uint8Array([...bytes.subarray(0, cut), ...encoder.encode(text), ...bytes.subarray(cut)]);
      },
  ),
);

const scenario = fc.record({
  file: fc.nat({ max: BASE_FILES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
});

const validator = new SchemaValidator();

function textLines(
  files: readonly RawFile[],
  rel: string,
  sources: ReturnType<typeof loadRoadmap>['sources'],
): string[] | undefined {
  const source = sources.get(rel);
  if (source) return source.text.split('\n');
  return files.some((file) => file.rel === rel) ? undefined : [];
}

describe('fuzzing the pure pipeline', () => {
  it(`${RUNS} mutated roadmaps: no throw, bounded time, every position inside its file`, () => {
    let diagnosticsSeen = 0;
    fc.assert(
      fc.property(scenario, ({ file, mutations }) => {
        const target = BASE_FILES[file]!;
        const bytes = mutations.reduce((current, mutate) => mutate(current), target.bytes);
        const files = BASE_FILES.map((raw) => (raw === target ? { rel: raw.rel, bytes } : raw));
        const started = performance.now();
        const loaded = loadRoadmap(files, validator);
        const results = resolveDiagnostics(
          checkRoadmap(loaded, { asOf: AS_OF, today: AS_OF }),
          loaded.sources,
          'fr',
          '',
        );
        expect(performance.now() - started).toBeLessThan(MAX_MS_PER_RUN);
        diagnosticsSeen += results.length;
        for (const result of results) {
          expect(result.message.length, result.rule).toBeGreaterThan(0);
          const lines = textLines(files, result.file, loaded.sources);
          // Files that could not be decoded have no text: their problems sit at 1:1.
          if (!lines) {
            expect([result.line, result.column], `${result.rule} in ${result.file}`).toEqual([1, 1]);
            continue;
          }
          expect(result.line, `${result.rule} line in ${result.file}`).toBeGreaterThanOrEqual(1);
          expect(result.line, `${result.rule} line in ${result.file}`).toBeLessThanOrEqual(Math.max(1, lines.length));
          expect(result.column, `${result.rule} column in ${result.file}`).toBeGreaterThanOrEqual(1);
          expect(result.column, `${result.rule} column in ${result.file}:${result.line}`).toBeLessThanOrEqual(
            (lines[result.line - 1] ?? '').length + 1,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // A fuzzer whose mutations never broke anything would prove nothing.
    expect(diagnosticsSeen).toBeGreaterThan(RUNS);
  }, 120_000);
});
