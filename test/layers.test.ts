/**
 * The import graph of src/: no cycle, and every arrow points down the layers
 * of docs/architecture.md (peers of one layer ordered so that each
 * may only use those listed before it). Reads the source text: static,
 * type-only and lazy `import()` arrows all count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');
const LAYERS: readonly string[] = [
  'util',
  'i18n',
  'diagnostics',
  'io',
  'read',
  'parse',
  'git',
  'fetch',
  'model',
  'owners',
  'rules',
  'check',
  'derive',
  'diff',
  'edit',
  'scaffold',
  'render',
  'formats',
  'write',
  'pdf',
  'search',
  'commands',
  'cli',
  'main.ts',
];
/** Arrows that sit in files another branch is changing this round; remove each once merged. */
const ALLOWED: ReadonlySet<string> = new Set<string>([]);

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(SRC, file));
const arrows = new Map<string, string[]>(files.map((file) => [file, importsOf(file)]));

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
}

function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open')
      return void cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

const layerOf = (file: string): number => LAYERS.indexOf(relative(SRC, file).split('/')[0]!);
const name = (file: string): string => (file.startsWith(SRC) ? relative(SRC, file) : file);

describe('the import graph of src/', () => {
  it('places every file in a layer and resolves every import to a file', () => {
    expect(files.filter((file) => layerOf(file) < 0).map(name)).toEqual([]);
    const missing = [...arrows].flatMap(([from, targets]) =>
      targets.filter((target) => !arrows.has(target)).map((target) => `${name(from)} → ${name(target)}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no arrow from a lower layer to a higher one', () => {
    const upward = [...arrows].flatMap(([from, targets]) =>
      targets.filter((target) => layerOf(target) > layerOf(from)).map((target) => `${name(from)} → ${name(target)}`),
    );
    expect(upward.filter((arrow) => !ALLOWED.has(arrow))).toEqual([]);
    expect(
      [...ALLOWED].filter((arrow) => !upward.includes(arrow)),
      'allowed arrows that no longer exist',
    ).toEqual([]);
  });

  it('has no cycle', () => {
    expect(findCycles(arrows)).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual(['a → b → c → a']);
  });
});
