import type { Sheet } from '../sheet/sheet.js';
import type { ReportContext } from './reportContext.js';
import { commitmentsSheet } from './sheets/commitmentsSheet.js';
import { axesSheet } from './sheets/axesSheet.js';
import { coverageSheet } from './sheets/coverageSheet.js';
import { indicatorsSheet } from './sheets/indicatorsSheet.js';
import { partnersSheet } from './sheets/partnersSheet.js';
import { fundingSheets, type FundingNames } from '../money/fundingSheets.js';

export type ReportView = 'axis' | 'partner' | 'indicator' | 'commitment' | 'funding' | 'all';
/** A terminal is narrow; a document (markdown) and a spreadsheet take every column. */
export type SheetLayout = 'terminal' | 'document' | 'spreadsheet';
export const REPORT_VIEWS: readonly ReportView[] = ['all', 'axis', 'partner', 'indicator', 'commitment', 'funding'];

/**
 * The sheets of a report view: by axis (with indicators), by partner, by
 * indicator, by commitment (with its postponements), or all of them with the
 * axis × partner coverage. Spreadsheets also get one column per status;
 * terminals leave out the indicators' commitment, baseline and target. A
 * spreadsheet of one view is one rectangular table that a program can read
 * (the axes without the indicators, which have their own view); `all` keeps
 * every table in one file, for people.
 */
export function reportSheets(ctx: ReportContext, view: ReportView, layout: SheetLayout): Sheet[] {
  const axes = axesSheet(ctx, layout === 'spreadsheet');
  const indicators = indicatorsSheet(ctx, layout !== 'terminal');
  switch (view) {
    case 'axis':
      return layout === 'spreadsheet' ? [axes] : [axes, indicators];
    case 'indicator':
      return [indicators];
    case 'partner':
      return [partnersSheet(ctx)];
    case 'commitment':
      return [commitmentsSheet(ctx, layout !== 'terminal')];
    case 'funding':
      return fundingSheets(
        ctx.figures.funding,
        fundingNames(ctx),
        ctx.lang,
        layout === 'spreadsheet' ? 'table' : 'people',
      );
    case 'all':
      return [axes, partnersSheet(ctx), coverageSheet(ctx), indicators];
  }
}

function fundingNames(ctx: ReportContext): FundingNames {
  const axes = new Map(ctx.figures.axes.map((axis) => [axis.id, axis.shortTitle]));
  return { partnerName: ctx.partnerName, commitmentTitle: ctx.commitmentTitle, axisTitle: (id) => axes.get(id) ?? id };
}
