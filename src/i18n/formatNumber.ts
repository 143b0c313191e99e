import type { Lang } from './lang.js';

// Written by hand rather than with Intl: output must not depend on the ICU data Node was built with.
const NARROW_NBSP = '\u202f';
const SEPARATORS: Record<Lang, { group: string; decimal: string; percent: string }> = {
  fr: { group: NARROW_NBSP, decimal: ',', percent: `${NARROW_NBSP}%` },
  en: { group: ',', decimal: '.', percent: '%' },
};

/** Percentages and figures are rounded half away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  // The epsilon absorbs binary noise such as 1.005 × 100 = 100.49999…
  return (Math.sign(value) * Math.round(Math.abs(value) * scale + 1e-9)) / scale;
}

/** `2560` → `2 560` (narrow no-break space) in French, `2,560` in English; at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const rounded = roundHalfAwayFromZero(value, decimals);
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[lang].group);
  const decimalsText = fraction?.replace(/0+$/, '') ?? '';
  const sign = rounded < 0 ? '−' : '';
  return `${sign}${grouped}${decimalsText ? SEPARATORS[lang].decimal + decimalsText : ''}`;
}

/** A whole percentage as documents print it: `45 %` in French, `45%` in English. */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 0)}${SEPARATORS[lang].percent}`;
}
