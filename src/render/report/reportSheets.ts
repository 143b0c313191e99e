import type { Sheet } from '../sheet.js';
import type { ReportContext } from './reportContext.js';
import { commitmentsSheet } from './sheets/commitmentsSheet.js';
import { axesSheet } from './sheets/axesSheet.js';
import { coverageSheet } from './sheets/coverageSheet.js';
import { indicatorsSheet } from './sheets/indicatorsSheet.js';
import { partnersSheet } from './sheets/partnersSheet.js';

export type ReportView = 'axis' | 'partner' | 'commitment' | 'all';
/** A terminal is narrow; a document (markdown) and a spreadsheet take every column. */
export type SheetLayout = 'terminal' | 'document' | 'spreadsheet';
export const REPORT_VIEWS: readonly ReportView[] = ['all', 'axis', 'partner', 'commitment'];

/**
 * The sheets of a report view: by axis (with indicators), by partner, by
 * commitment (with its postponements), or all of
 * them with the axis × partner coverage. Spreadsheets also get one column per
 * status; terminals leave out the indicators' commitment, baseline and target.
 */
export function reportSheets(ctx: ReportContext, view: ReportView, layout: SheetLayout): Sheet[] {
  const axes = axesSheet(ctx, layout === 'spreadsheet');
  const indicators = indicatorsSheet(ctx, layout !== 'terminal');
  switch (view) {
    case 'axis': return [axes, indicators];
    case 'partner': return [partnersSheet(ctx)];
    case 'commitment': return [commitmentsSheet(ctx, layout !== 'terminal')];
    case 'all': return [axes, partnersSheet(ctx), coverageSheet(ctx), indicators];
  }
}
