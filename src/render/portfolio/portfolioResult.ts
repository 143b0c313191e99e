/** A built portfolio, as every renderer of it reads it. */
import type { PortfolioRollups } from '../../derive/portfolio/portfolioRollups.js';
import type { ConventionSummary } from '../../derive/portfolio/conventionSummary.js';
import type { Lang } from '../../i18n/lang.js';
import type { SourceProblem } from '../../diagnostics/sourceProblem.js';
import type { PortfolioEntry } from '../../model/portfolioFile.js';

export interface PortfolioLine {
  entry: PortfolioEntry;
  /** The convention's own website: the portfolio's `site`, else the pages an http package was published with. */
  site: string | null;
  summary: ConventionSummary | null;
  problem: SourceProblem | null;
}

export interface PortfolioResult {
  id: string;
  title: string;
  asOf: string;
  staleMonths: number;
  lang: Lang;
  /** In the order of portfolio.yaml. */
  lines: PortfolioLine[];
  rollups: PortfolioRollups;
}
