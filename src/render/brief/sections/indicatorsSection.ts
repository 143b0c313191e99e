import type { IndicatorFigures } from '../../../derive/types.js';
import { trendLine } from '../../svg/trendLine.js';
import { cell, emptySection, type BriefContext } from '../briefContext.js';
import type { Section } from '../briefDocument.js';

/** Each indicator's latest measure and attainment (engine figures), with its trend drawn toward the target. */
export function indicatorsSection(ctx: BriefContext, indicators: readonly IndicatorFigures[]): Section {
  const words = ctx.words.indicators;
  const title = ctx.words.sections.indicators;
  if (indicators.length === 0) return emptySection('indicators', title, words.empty);
  const withUnit = (indicator: IndicatorFigures, value: number): string => [ctx.number(value), indicator.unit].filter(Boolean).join(' ');
  return {
    id: 'indicators',
    title,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: ctx.words.sections.indicators }, { label: words.commitment }, { label: words.baseline }, { label: words.target },
          { label: words.latest }, { label: words.attainment, align: 'right' }, { label: words.expected, align: 'right' },
        ],
        rows: indicators.map((indicator) => [
          cell(indicator.label),
          cell(ctx.commitmentTitle(indicator.commitment)),
          cell(words.at(withUnit(indicator, indicator.baseline.value), ctx.date(indicator.baseline.date))),
          cell(words.at(withUnit(indicator, indicator.target.value), ctx.date(indicator.target.date))),
          indicator.latest ? cell(words.at(withUnit(indicator, indicator.latest.value), ctx.date(indicator.latest.date))) : cell(words.noMeasure, 'muted'),
          cell(ctx.percent(indicator.attainment), indicator.behind ? 'amber' : undefined),
          cell(ctx.percent(indicator.expected)),
        ]),
      },
      {
        kind: 'charts',
        items: indicators.map((indicator) => ({
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
