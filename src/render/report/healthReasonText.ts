import type { HealthReason } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatPercent } from '../../i18n/formatNumber.js';
import { healthReasonText as reasonText } from '../healthReasonText.js';
import type { ReportContext } from './reportContext.js';

/** One reason for an axis's colour in the report, naming every commitment, milestone and indicator concerned. */
export function healthReasonText(reason: HealthReason, ctx: ReportContext): string {
  const percent = (value: number): string => formatPercent(value, ctx.lang);
  return reasonText(reason, ctx.words.reasons, {
    commitmentTitle: ctx.commitmentTitle,
    percent,
    milestones: (milestones) => milestones.map((milestone) => `${milestone.title} (${formatDate(milestone.due, ctx.lang)})`).join(', '),
    indicators: (indicators) => indicators.map((indicator) => `${indicator.id} ${percent(indicator.attainment)} / ${percent(indicator.expected)}`).join(', '),
  });
}
