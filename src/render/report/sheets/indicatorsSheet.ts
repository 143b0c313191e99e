import { date, number, percent, text, type Sheet, WRAP } from '../../sheet/sheet.js';
import type { ReportContext } from '../reportContext.js';

/**
 * Each indicator's latest measure as of the date, its attainment and where the
 * straight line from baseline to target expected it; `detailed` adds the
 * commitment, baseline and target.
 */
export function indicatorsSheet(ctx: ReportContext, detailed: boolean): Sheet {
  const words = ctx.words.indicators;
  const details = <T>(...items: T[]): T[] => (detailed ? items : []);
  return {
    title: words.title,
    columns: [
      ...details({ label: words.commitment, wrap: WRAP }),
      { label: words.indicator, wrap: WRAP },
      { label: words.unit, wrap: WRAP / 2 },
      ...details({ label: words.baseline, numeric: true }, { label: words.target, numeric: true }),
      { label: words.latest, numeric: true },
      { label: words.date },
      { label: words.attainment, numeric: true },
      { label: words.expected, numeric: true },
    ],
    rows: ctx.figures.indicators.map((indicator) => [
      ...details(text(ctx.commitmentTitle(indicator.commitment))),
      text(indicator.label),
      text(indicator.unit ?? ''),
      ...details(number(indicator.baseline.value), number(indicator.target.value)),
      number(indicator.latest?.value ?? null),
      date(indicator.latest?.date ?? null),
      percent(indicator.attainment, indicator.behind ? 'warn' : undefined),
      percent(indicator.expected),
    ]),
    empty: words.empty,
  };
}
