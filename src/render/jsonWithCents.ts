/**
 * JSON.stringify(value, null, 2), except that a BigInt is an amount in cents and prints as a
 * number in currency units with at most two decimals, written from the integer (`123450n` →
 * `1234.5`): JSON.stringify refuses BigInt, and dividing by 100 in binary floating point could
 * print a neighbour of the amount once sums pass 2⁵³. The native stringifier does the work (a
 * hand-written one took tens of MiB more at ten thousand commitments): each BigInt becomes a
 * marked string, then the marked strings become bare numbers. A string of the data can only be
 * taken for one if it is NUL followed by a decimal number, which no id or currency code of a
 * valid roadmap is; even then it would become a number, never break the structure.
 */
import { centsToDecimal } from '../i18n/formatMoney.js';

const MARK = '\u0000';
const MARKED = /"\\u0000(-?\d+(?:\.\d+)?)"/g;

function marked(this: unknown, _key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${MARK}${centsToDecimal(value)}` : value;
}

export function jsonWithCents(value: unknown, indent = ''): string {
  const text = (JSON.stringify(value, marked, 2) ?? 'null').replace(MARKED, '$1');
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * `JSON.stringify(document, null, 2)` with one more last key whose value holds BigInt cents, as
 * one object.
 */
export function withCentsKey(document: object, key: string, value: unknown): string {
  const head = JSON.stringify(document, null, 2);
  const tail = `${JSON.stringify(key)}: ${jsonWithCents(value, '  ')}`;
  return head === '{}' ? `{\n  ${tail}\n}` : `${head.slice(0, -2)},\n  ${tail}\n}`;
}
