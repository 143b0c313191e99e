import { keyedItems } from './keyedItems.js';
import type { FieldChange, FieldValue, GenericChange } from './types.js';

/**
 * Every difference between two versions of one entity's data, field by field:
 * scalars and lists of words as before/after values, nested objects by their
 * dotted path (`committee.cadence_months`), lists of objects paired by their
 * natural key (id, partner, email, title, name, date) so that an entry is
 * added, removed or changed field by field. Keys starting with `x-` are
 * ignored, as the files' readers ignore them; an absent list and an empty one
 * mean the same.
 */
export function diffFields(
  before: object | undefined,
  after: object | undefined,
  skip: ReadonlySet<string> = NO_SKIP,
): GenericChange[] {
  const out: GenericChange[] = [];
  walk(before as Record<string, unknown> | undefined, after as Record<string, unknown> | undefined, [], [], skip, out);
  return out;
}

const NO_SKIP: ReadonlySet<string> = new Set();

function walk(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  path: readonly string[],
  items: readonly string[],
  skip: ReadonlySet<string>,
  out: GenericChange[],
): void {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  for (const key of keys) {
    const field = [...path, key].join('.');
    if (key.startsWith('x-') || skip.has(field)) continue;
    const a = before?.[key];
    const b = after?.[key];
    if (isObjectList(a) || isObjectList(b)) {
      walkList(asList(a), asList(b), [...path, key], items, skip, out);
    } else if (isRecord(a) || isRecord(b)) {
      walk(isRecord(a) ? a : undefined, isRecord(b) ? b : undefined, [...path, key], items, skip, out);
    } else {
      const change = scalarChange(field, items, a, b);
      if (change) out.push(change);
    }
  }
}

function walkList(
  before: readonly Record<string, unknown>[],
  after: readonly Record<string, unknown>[],
  path: readonly string[],
  items: readonly string[],
  skip: ReadonlySet<string>,
  out: GenericChange[],
): void {
  const field = path.join('.');
  const keyedBefore = keyedItems(before);
  const keyedAfter = keyedItems(after);
  const afterKeys = new Set(keyedAfter.map(([key]) => key));
  const beforeByKey = new Map(keyedBefore);
  for (const [key, value] of keyedAfter) {
    const previous = beforeByKey.get(key);
    const item = [...items, key].join(' / ');
    if (previous === undefined) out.push({ kind: 'item-added', field, item, value });
    else walk(previous, value, path, [...items, key], skip, out);
  }
  for (const [key, value] of keyedBefore) {
    if (!afterKeys.has(key)) out.push({ kind: 'item-removed', field, item: [...items, key].join(' / '), value });
  }
}

function scalarChange(field: string, items: readonly string[], a: unknown, b: unknown): FieldChange | undefined {
  const before = fieldValue(a);
  const after = fieldValue(b);
  if (sameValue(before, after)) return undefined;
  return { kind: 'field', field, item: items.length === 0 ? null : items.join(' / '), before, after };
}

function fieldValue(value: unknown): FieldValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => value === b[index]);
  return Object.is(a, b) || (a === 0 && b === 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isObjectList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}

function asList(value: unknown): readonly Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
