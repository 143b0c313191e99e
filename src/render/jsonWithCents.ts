/**
 * JSON.stringify(value, null, 2), except that a BigInt is an amount in cents and prints as a
 * number in currency units with at most two decimals, written from the integer (`123450n` →
 * `1234.5`): JSON.stringify refuses BigInt, and dividing by 100 in binary floating point could
 * print a neighbour of the amount once sums pass 2⁵³.
 */
import { centsToDecimal } from '../i18n/formatMoney.js';

export function jsonWithCents(value: unknown, indent = ''): string {
  return write(value, indent) ?? 'null';
}

/**
 * `JSON.stringify(document, null, 2)` with one more last key whose value holds BigInt cents: the
 * document through the native stringifier (fast on ten thousand commitments), the extra key
 * through jsonWithCents, joined as one object.
 */
export function withCentsKey(document: object, key: string, value: unknown): string {
  const head = JSON.stringify(document, null, 2);
  const tail = `${JSON.stringify(key)}: ${jsonWithCents(value, '  ')}`;
  return head === '{}' ? `{\n  ${tail}\n}` : `${head.slice(0, -2)},\n  ${tail}\n}`;
}

function write(value: unknown, indent: string): string | undefined {
  if (typeof value === 'bigint') return centsToDecimal(value);
  if (value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON: () => unknown }).toJSON(), indent);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${write(item, inner) ?? 'null'}`).join(',\n')}\n${indent}]`;
  }
  const members: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const text = write(item, inner);
    if (text !== undefined) members.push(`${inner}${JSON.stringify(key)}: ${text}`);
  }
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
}
