/**
 * The JSON Schemas double as editor help (hover, completion in VS Code and web
 * IDEs): every field has a French title and description, their English
 * counterparts in `x-` keys, labels for fixed values, and snippets that only
 * use fields the schema allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; items?: Node; $defs?: Record<string, Node> };

const files = readdirSync(join(ROOT, 'schemas')).filter((name) => name.endsWith('.schema.json'));

/** Every field node with where it is, skipping items that only point at a shared definition. */
function fields(node: Node, path: string, out: [string, Node][] = []): [string, Node][] {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    out.push([`${path}.${name}`, child]);
    fields(child, `${path}.${name}`, out);
  }
  if (node.items && !(node.items.$ref && !node.items.properties)) {
    out.push([`${path}[]`, node.items]);
    fields(node.items, `${path}[]`, out);
  }
  for (const [name, child] of Object.entries(node.$defs ?? {})) fields(child, `${path}#${name}`, out);
  return out;
}

describe.each(files)('%s', (file) => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as Node;
  const all: [string, Node][] = [['(root)', schema], ...fields(schema, '')];

  it('names and describes every field in French and in English', () => {
    for (const [path, node] of all) {
      for (const key of ['title', 'description', 'x-title-en', 'x-description-en']) {
        expect(typeof node[key] === 'string' && (node[key] as string).trim() !== '', `${path} ${key}`).toBe(true);
      }
      expect(node.description, `${path}: the English description is a translation`).not.toBe(node['x-description-en']);
    }
  });

  it('labels every allowed value in both languages', () => {
    for (const [path, node] of all.filter(([, candidate]) => Array.isArray(candidate.enum))) {
      const values = node.enum as string[];
      const labels = node['x-enum-labels'] as Record<string, Record<string, string>>;
      for (const lang of ['fr', 'en'])
        expect(Object.keys(labels[lang]!).sort(), `${path} ${lang}`).toEqual([...values].sort());
      expect((node.enumDescriptions as string[]).length, path).toBe(values.length);
    }
  });

  it('offers snippets made only of the fields the schema allows', () => {
    for (const [path, node] of all.filter(([, candidate]) => Array.isArray(candidate.defaultSnippets))) {
      for (const snippet of node.defaultSnippets as { label: string; body: Record<string, unknown> }[]) {
        for (const key of Object.keys(snippet.body))
          expect(Object.keys(node.properties ?? {}), `${path} ${snippet.label}`).toContain(key);
        for (const required of (node.required as string[] | undefined) ?? [])
          expect(Object.keys(snippet.body), `${path} ${snippet.label}`).toContain(required);
      }
    }
  });
});
