import type { IndicatorFigures } from '../../../derive/types.js';
import { trendLine } from '../../svg/trendLine.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/**
 * A committee reads a few dozen charts, not thousands: past this many, the
 * table still lists every indicator but only the most pressing are drawn.
 */
export const MAX_TREND_CHARTS = 24;

/** Each indicator's latest measure and attainment (engine figures), with its trend drawn toward the target. */
export function indicatorsSection(
  ctx: BriefContext,
  indicators: readonly IndicatorFigures[],
  agenda: ReadonlySet<string>,
): Section {
  const words = ctx.words.indicators;
  const title = ctx.words.sections.indicators;
  if (indicators.length === 0) return emptySection('indicators', title, words.empty);
  const charted = mostPressing(indicators, agenda);
  const withUnit = (indicator: IndicatorFigures, value: number): string =>
    [ctx.number(value), indicator.unit].filter(Boolean).join(' ');
  return {
    id: 'indicators',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: ctx.words.sections.indicators },
          { label: words.commitment },
          { label: words.baseline },
          { label: words.target },
          { label: words.latest },
          { label: words.attainment, align: 'right' },
          { label: words.expected, align: 'right' },
        ],
        rows: indicators.map((indicator) => [
          cell(indicator.label),
          cell(ctx.commitmentTitle(indicator.commitment)),
          cell(words.at(withUnit(indicator, indicator.baseline.value), ctx.date(indicator.baseline.date))),
          cell(words.at(withUnit(indicator, indicator.target.value), ctx.date(indicator.target.date))),
          indicator.latest
            ? cell(words.at(withUnit(indicator, indicator.latest.value), ctx.date(indicator.latest.date)))
            : cell(words.noMeasure, 'muted'),
          cell(ctx.percent(indicator.attainment), indicator.behind ? 'amber' : undefined),
          cell(ctx.percent(indicator.expected)),
        ]),
      },
      ...(charted.length < indicators.length
        ? [
            {
              kind: 'paragraph' as const,
              text: words.chartsLimited(charted.length, indicators.length),
              tone: 'muted' as const,
            },
          ]
        : []),
      {
        kind: 'charts',
        items: charted.map((indicator) => ({
          svg: trendLine({
            title: words.chart(indicator.label),
            baseline: indicator.baseline,
            target: indicator.target,
            series: indicator.series,
            formatValue: ctx.number,
            words: { target: words.chartTarget, baseline: words.chartBaseline },
          }),
          caption: `${indicator.label} — ${[ctx.commitmentTitle(indicator.commitment), indicator.unit].filter(Boolean).join(', ')}${indicator.behind ? ` (${words.behind})` : ''}`,
        })),
      },
    ],
  };
}

/** Indicators of commitments on the agenda first, then those behind their path, then the rest; file order within each group. */
function mostPressing(
  indicators: readonly IndicatorFigures[],
  agenda: ReadonlySet<string>,
): readonly IndicatorFigures[] {
  if (indicators.length <= MAX_TREND_CHARTS) return indicators;
  const rank = (indicator: IndicatorFigures): number =>
    agenda.has(indicator.commitment) ? 0 : indicator.behind ? 1 : 2;
  const chosen = new Set([...indicators].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_TREND_CHARTS));
  return indicators.filter((indicator) => chosen.has(indicator));
}
