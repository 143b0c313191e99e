/**
 * Exact money: amounts become integer cents, sums never go through binary floating point, and
 * amounts print from the integer in French and English.
 */
import { describe, expect, it } from 'vitest';
import { cents, sumCents } from '../src/model/cents.js';
import { decimalCents } from '../src/util/decimalCents.js';
import { centsToDecimal, formatMoney } from '../src/i18n/formatMoney.js';
import { rate } from '../src/derive/money/rate.js';
import { roundHalfAwayFromZero } from '../src/i18n/formatNumber.js';
import { withCentsKey } from '../src/render/jsonWithCents.js';

describe('cents', () => {
  it('adds 0.10 ten thousand times to exactly 1 000,00 €', () => {
    const total = sumCents(Array.from({ length: 10_000 }, () => 0.1));
    expect(total).toBe(100_000n);
    expect(formatMoney(total, 'EUR', 'fr')).toBe('1\u202f000\u202f€');
    // The float sum drifts: the reason every sum is made in cents.
    expect(Array.from({ length: 10_000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1000);
  });

  it('reads the cents of every two-decimal literal below 10¹² exactly from its float', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = [
      '0.01',
      '0.1',
      '1234.50',
      '60000.5',
      '999999999999.99',
      '999999999999.95',
      '0.29',
      '1.005',
      '4.35',
      '8.20',
    ];
    for (let i = 0; i < 5_000; i++) {
      const whole = Math.floor(random() * 10 ** Math.floor(random() * 13));
      samples.push(`${whole}.${String(Math.floor(random() * 100)).padStart(2, '0')}`);
    }
    for (const text of samples) {
      const exact = decimalCents(text);
      if (!exact.ok) {
        expect(text).toBe('1.005');
        continue;
      }
      expect(cents(Number(text)), text).toBe(exact.cents);
    }
  });

  it('tells a third decimal from the source text, whatever the float says', () => {
    expect(decimalCents('12.345')).toEqual({ ok: false, reason: 'too-precise' });
    expect(decimalCents('1234.5000000000000001')).toEqual({ ok: false, reason: 'too-precise' });
    expect(decimalCents('1234.50')).toEqual({ ok: true, cents: 123450n });
    expect(decimalCents('1234.500')).toEqual({ ok: true, cents: 123450n });
    expect(decimalCents('60000')).toEqual({ ok: true, cents: 6_000_000n });
    expect(decimalCents('1.5e3')).toEqual({ ok: true, cents: 150_000n });
    expect(decimalCents('1e-2')).toEqual({ ok: true, cents: 1n });
    expect(decimalCents('1e-3')).toEqual({ ok: false, reason: 'too-precise' });
    expect(decimalCents('0x10')).toEqual({ ok: true, cents: 1600n });
    expect(decimalCents('-3')).toEqual({ ok: false, reason: 'negative' });
    expect(decimalCents('1e-99999999999999')).toEqual({ ok: false, reason: 'too-precise' });
    expect(decimalCents('.nan').ok).toBe(false);
    expect(decimalCents('15 000').ok).toBe(false);
  });

  it('prints amounts from the integer: French and English, grouping, cents only when there are some', () => {
    expect(formatMoney(123450n, 'EUR', 'fr')).toBe('1\u202f234,50\u202f€');
    expect(formatMoney(123450n, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(6_000_000n, 'EUR', 'fr')).toBe('60\u202f000\u202f€');
    expect(formatMoney(6_000_000n, 'EUR', 'en')).toBe('€60,000');
    expect(formatMoney(5n, 'XPF', 'fr')).toBe('0,05\u00a0F CFP');
    expect(formatMoney(12_000n, 'SEK', 'en')).toBe('SEK\u00a0120');
    // Past 2⁵³ cents, still exact.
    expect(formatMoney(9_007_199_254_740_993n, 'EUR', 'en')).toBe('€90,071,992,547,409.93');
    expect(centsToDecimal(9_007_199_254_740_993n)).toBe('90071992547409.93');
    expect(centsToDecimal(123450n)).toBe('1234.5');
    expect(centsToDecimal(5n)).toBe('0.05');
    expect(centsToDecimal(0n)).toBe('0');
  });

  it('gives rates by the percentage rule, null when nothing to divide by', () => {
    expect(rate(1n, 0n)).toBeNull();
    expect(roundHalfAwayFromZero(rate(1n, 8n)!, 1)).toBe(12.5);
    expect(roundHalfAwayFromZero(rate(1n, 3n)!, 0)).toBe(33);
    // 12.35 % exactly is a tie and rounds up; one cent less is below it.
    expect(roundHalfAwayFromZero(rate(1235n, 10_000n)!, 1)).toBe(12.4);
    expect(roundHalfAwayFromZero(rate(1_234_999_999n, 10_000_000_000n)!, 1)).toBe(12.3);
  });

  it('prints cents in JSON as exact numbers, past 2⁵³ too, beside the native stringifier', () => {
    const text = withCentsKey({ asOf: '2026-11-25', list: [1, { a: null }] }, 'funding', {
      total: 9_007_199_254_740_993n,
      rate: 12.5,
      none: null,
      rows: [],
    });
    expect(text).toBe(
      `${JSON.stringify({ asOf: '2026-11-25', list: [1, { a: null }] }, null, 2).slice(0, -2)},\n  "funding": {\n    "total": 90071992547409.93,\n    "rate": 12.5,\n    "none": null,\n    "rows": []\n  }\n}`,
    );
    expect(JSON.parse(withCentsKey({}, 'k', { v: 5n }))).toEqual({ k: { v: 0.05 } });
  });
});
