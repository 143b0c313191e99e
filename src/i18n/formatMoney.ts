/**
 * Exact cents as people read an amount: « 1 234,50 € » (narrow no-break spaces) in French,
 * « €1,234.50 » in English. Written from the integer, never from a float division that could
 * round wrong, and by hand rather than with Intl, like formatNumber: the output must not depend
 * on the ICU data Node was built with. A whole amount prints without decimals (« 60 000 € »).
 */
import type { Lang, Text } from './lang.js';

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** Symbols of the currencies a French partnership meets; any other prints as its ISO code. */
const SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  XPF: 'F CFP',
  XOF: 'F CFA',
  XAF: 'F CFA',
  CHF: 'CHF',
  CAD: '$ CA',
};

/** The currency as a prefix or suffix: « € » after the French figure, before the English one. */
export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? (/^[A-Z]{3}$/.test(currency) ? currency : 'EUR');
}

/** `123450n` → `1 234,50` / `1,234.50`; whole amounts without decimals unless `alwaysCents`. */
export function formatCentsNumber(cents: bigint, lang: Lang, alwaysCents = false): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const whole = (magnitude / 100n).toString();
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  const group = lang === 'fr' ? NARROW_NBSP : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction === '00' && !alwaysCents ? '' : `${lang === 'fr' ? ',' : '.'}${fraction}`;
  return `${negative ? '−' : ''}${grouped}${decimals}`;
}

export function formatMoney(cents: bigint, currency: string, lang: Lang): string {
  const symbol = currencySymbol(currency);
  const number = formatCentsNumber(cents < 0n ? -cents : cents, lang);
  const sign = cents < 0n ? '−' : '';
  if (lang === 'fr') return `${sign}${number}${symbol.length === 1 ? NARROW_NBSP : NBSP}${symbol}`;
  return symbol.length === 1 ? `${sign}${symbol}${number}` : `${sign}${symbol}${NBSP}${number}`;
}

export function moneyText(cents: bigint, currency: string): Text {
  return { fr: formatMoney(cents, currency, 'fr'), en: formatMoney(cents, currency, 'en') };
}

/** Cents as a JSON or CSV number in currency units, at most two decimals, dot decimal: `1234.5`, `60000`. */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const fraction = (magnitude % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${magnitude / 100n}${fraction ? `.${fraction}` : ''}`;
}
