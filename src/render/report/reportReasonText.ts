import type { HealthReason } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatPercent } from '../../i18n/formatNumber.js';
import { healthReasonText } from '../healthReasonText.js';
import type { ReportContext } from './reportContext.js';

/** One reason for an axis's colour as the report and the site say it (healthReasonText with every commitment, milestone and indicator named). */
export function reportReasonText(reason: HealthReason, ctx: ReportContext): string {
  const percent = (value: number): string => formatPercent(value, ctx.lang);
  return healthReasonText(reason, ctx.words.reasons, {
    commitmentTitle: ctx.commitmentTitle,
    percent,
    milestones: (milestones) =>
      milestones.map((milestone) => `${milestone.title} (${formatDate(milestone.due, ctx.lang)})`).join(', '),
    // By label, as people know it; the id is for the files.
    indicators: (indicators) =>
      indicators
        .map(
          (indicator) =>
            `${indicatorLabel(ctx, indicator.commitment, indicator.id)} ${percent(indicator.attainment)} / ${percent(indicator.expected)}`,
        )
        .join(', '),
  });
}

function indicatorLabel(ctx: ReportContext, commitment: string, id: string): string {
  return (
    ctx.figures.indicators.find((indicator) => indicator.commitment === commitment && indicator.id === id)?.label ?? id
  );
}
