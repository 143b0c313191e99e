import type { HealthReason } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import { formatPercent } from '../../i18n/formatNumber.js';
import type { ReportContext } from './reportContext.js';

/** One reason for an axis's colour, as a sentence fragment naming the commitments concerned. */
export function healthReasonText(reason: HealthReason, ctx: ReportContext): string {
  const { reasons } = ctx.words;
  const titles = (ids: readonly string[]): string => ids.map(ctx.commitmentTitle).join(', ');
  switch (reason.code) {
    case 'late-weight':
    case 'late':
      return reasons[reason.code](formatPercent(reason.share * 100, ctx.lang), titles(reason.commitments));
    case 'blocked-past-due':
    case 'blocked':
      return reasons[reason.code](titles(reason.commitments));
    case 'late-milestones':
      return reasons[reason.code](reason.milestones
        .map((milestone) => `${milestone.title} (${formatDate(milestone.due, ctx.lang)})`).join(', '));
    case 'indicators-behind':
      return reasons[reason.code](reason.indicators
        .map((indicator) => `${indicator.id} ${formatPercent(indicator.attainment, ctx.lang)} / ${formatPercent(indicator.expected, ctx.lang)}`).join(', '));
  }
}
