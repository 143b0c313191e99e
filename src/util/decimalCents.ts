/**
 * Exact cents from the text of a number, as YAML 1.2 (core schema) or a command-line flag
 * writes it: `1234.50` → 123450n, `1e3` → 100000n, `0x10` → 1600n. The binary float a YAML
 * parser makes of `1234.50` cannot say how many decimals were written, so the check that an
 * amount has at most two decimals reads the text instead (docs/reference/money.md).
 */

export type DecimalCents =
  | { ok: true; cents: bigint }
  /** Not a number literal, negative, or not a whole number of cents (`12.345`). */
  | { ok: false; reason: 'not-a-number' | 'negative' | 'too-precise' };

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;
/** Past this many digits of exponent the value is out of any amount's range: no power of ten is built for it. */
const MAX_EXPONENT = 40;

export function decimalCents(source: string): DecimalCents {
  const text = source.trim();
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { ok: true, cents: BigInt(text) * 100n };
  if (/^0o[0-7]+$/.test(text)) return { ok: true, cents: BigInt(`0o${text.slice(2)}`) * 100n };
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return { ok: false, reason: 'not-a-number' };
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return { ok: true, cents: 0n };
  if (sign === '-') return { ok: false, reason: 'negative' };
  // value = digits × 10^(exponent − fraction.length); in cents, two more powers of ten.
  const significant = digits.replace(/0+$/, '');
  const trailingZeros = digits.length - significant.length;
  const exponentDigits = exponentText.replace(/^[-+]?0*/, '');
  if (exponentDigits.length > MAX_EXPONENT.toString().length) {
    return exponentText.startsWith('-')
      ? { ok: false, reason: 'too-precise' }
      : { ok: true, cents: BigInt(significant) * 10n ** BigInt(MAX_EXPONENT) };
  }
  const shift = Number(exponentText) - fraction.length + 2 + trailingZeros;
  if (shift < 0) return { ok: false, reason: 'too-precise' };
  return { ok: true, cents: BigInt(significant) * 10n ** BigInt(Math.min(shift, MAX_EXPONENT)) };
}
