/**
 * What can be wrong with one source of a portfolio, as a code and the facts
 * a sentence needs; the words are in src/render/portfolio/portfolioWords.ts.
 */
export type SourceProblemCode =
  | 'source/missing'
  | 'source/not-a-roadmap'
  | 'source/invalid-roadmap'
  | 'package/descriptor'
  | 'package/missing-table'
  | 'package/columns'
  | 'package/too-large'
  | 'package/too-many-rows'
  | 'package/csv'
  | 'package/cell'
  | 'package/duplicate-key'
  | 'package/foreign-key'
  | 'package/no-convention'
  | 'http/timeout'
  | 'http/status'
  | 'http/redirects'
  | 'http/network'
  | 'http/too-large'
  | 'http/address'
  | 'git/unknown-commit'
  | 'git/failed'
  | 'git/address'
  | 'internal';

export interface SourceProblem {
  code: SourceProblemCode;
  params: Record<string, string | number>;
}

export const problem = (code: SourceProblemCode, params: Record<string, string | number> = {}): SourceProblem => ({
  code,
  params,
});
