import type { HealthReason } from '../../../derive/types.js';
import { COMMITMENT_STATUSES } from '../../../model/types.js';
import { healthReasonText } from '../../healthReasonText.js';
import { progressBars } from '../../svg/progressBars.js';
import { statusBreakdown } from '../../svg/statusBreakdown.js';
import { cell, type BriefContext } from '../briefContext.js';
import type { Section } from '../../document/document.js';

/** The one-page view: progress and health per axis with the reasons, the status mix, and what is late. */
export function dashboardSection(ctx: BriefContext): Section {
  const { words, figures } = ctx;
  const open = figures.actions.filter((action) => action.status === 'open');
  const overdue = open.filter((action) => action.overdue);
  const late = figures.commitments.filter((commitment) => commitment.late);
  const byStatus = COMMITMENT_STATUSES.map((status) => ({
    status,
    label: words.status[status],
    count: figures.axes.reduce((sum, axis) => sum + axis.byStatus[status], 0),
  }));
  return {
    id: 'dashboard',
    title: words.sections.dashboard,
    blocks: [
      {
        kind: 'paragraph',
        text: words.dashboard.summary(late.length, overdue.length, open.length),
        tone: late.length + overdue.length > 0 ? 'red' : 'green',
      },
      {
        kind: 'charts',
        items: [
          {
            svg: progressBars(
              figures.axes.map((axis) => ({
                label: `${axis.number}. ${axis.shortTitle}`,
                percent: axis.progress,
                valueText: ctx.groupProgress(axis),
                tone: axis.health,
              })),
              words.dashboard.progress,
            ),
            caption: words.dashboard.chartProgress,
          },
          { svg: statusBreakdown(byStatus, words.dashboard.chartStatus), caption: words.dashboard.chartStatus },
        ],
      },
      {
        kind: 'table',
        columns: [
          { label: words.dashboard.axis },
          { label: words.dashboard.progress, align: 'right' },
          { label: words.dashboard.health },
          { label: words.dashboard.commitments, align: 'right' },
          { label: words.dashboard.done, align: 'right' },
          { label: words.dashboard.late, align: 'right' },
          { label: words.dashboard.reasons },
        ],
        rows: figures.axes.map((axis) => [
          cell(`${axis.number}. ${axis.shortTitle}`),
          cell(ctx.groupProgress(axis), axis.progress === null && axis.unknown > 0 ? 'muted' : undefined),
          cell(words.health[axis.health], axis.health, true),
          cell(String(axis.commitments)),
          cell(String(axis.done)),
          cell(String(axis.late), axis.late > 0 ? 'red' : undefined),
          cell(
            axis.healthReasons.map((reason) => reasonText(ctx, reason)).join(words.listSeparator) ||
              words.dashboard.allGood,
            axis.healthReasons.length > 0 ? undefined : 'muted',
          ),
        ]),
      },
    ],
  };
}

function reasonText(ctx: BriefContext, reason: HealthReason): string {
  return healthReasonText(reason, ctx.words.reasons, {
    commitmentTitle: ctx.commitmentTitle,
    percent: ctx.percent,
    // Counted only: the milestones themselves are listed in the annexes, and the dashboard must hold on one page.
    milestones: (milestones) => ctx.number(milestones.length),
    indicators: (indicators) =>
      indicators
        .map((indicator) => ctx.indicator(indicator.commitment, indicator.id)?.label ?? indicator.id)
        .join(', '),
  });
}
