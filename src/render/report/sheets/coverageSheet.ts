import type { CoverageRole } from '../../../derive/types.js';
import { text, type Sheet, WRAP } from '../../sheet/sheet.js';
import type { ReportContext } from '../reportContext.js';

/** The axis × partner coverage, one row per axis: who leads, who contributes, and the axes nobody leads. */
export function coverageSheet(ctx: ReportContext): Sheet {
  const words = ctx.words.coverage;
  const { coverage, axes } = ctx.figures;
  const withRole = (axis: string, role: CoverageRole): string =>
    coverage.partners
      .filter((partner) => coverage.byCommitments[axis]?.[partner] === role)
      .map(ctx.partnerName)
      .join(', ') || ctx.words.none;
  const unled = new Set(coverage.axesWithoutLead);
  return {
    title: words.title,
    columns: [
      { label: words.axis },
      { label: words.axisLeads, wrap: WRAP },
      { label: words.leads, wrap: WRAP },
      { label: words.contributors, wrap: WRAP },
    ],
    rows: axes.map((axis) => [
      text(`${axis.number}. ${axis.shortTitle}`),
      text(
        (coverage.axisLeads[axis.id] ?? []).map(ctx.partnerName).join(', ') || ctx.words.none,
        unled.has(axis.id) ? 'bad' : undefined,
      ),
      text(withRole(axis.id, 'lead'), unled.has(axis.id) ? 'bad' : undefined),
      text(withRole(axis.id, 'contributor')),
    ]),
    notes: [
      unled.size > 0
        ? words.withoutLead(
            axes
              .filter((axis) => unled.has(axis.id))
              .map((axis) => `${axis.number}. ${axis.shortTitle}`)
              .join(', '),
          )
        : words.everyAxisLed,
    ],
    empty: ctx.words.axes.empty,
  };
}
