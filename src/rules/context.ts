import type { RuleId, RuleParams } from '../diagnostics/catalogue.js';
import { clipParams } from '../diagnostics/clipParams.js';
import type { Diagnostic, Params, Segment } from '../diagnostics/diagnostic.js';
import type { KnownIds } from '../model/loadRoadmap.js';
import type { Roadmap } from '../model/types.js';
import type { CommittedCodeowners } from '../git/findCodeowners.js';

export type { CommittedCodeowners };

export interface CommittedGuide {
  text: string;
  /** The guide's path from the repository's top, as messages name it. */
  path: string;
  /** The guide `roadmap guide` would write for this roadmap (pure: its templates are read beforehand). */
  render: (roadmap: Roadmap) => string;
}

export interface RuleContext {
  roadmap: Roadmap;
  known: KnownIds;
  /** The date reports are computed for (staleness). */
  asOf: string;
  /** The real today, in Paris (facts dated after it are in the future). */
  today: string;
  /** Only files for which per-file rules run; undefined = all (see `validate --changed-since`). */
  onlyFiles?: ReadonlySet<string>;
  /** The committed `.github/CODEOWNERS`, when validate found one (owners/out-of-date). */
  codeowners?: CommittedCodeowners;
  /** The committed partner guide, when validate found one, and how to render the expected one (guide/out-of-date). */
  guide?: CommittedGuide;
  report<Rule extends RuleId>(rule: Rule, file: string, path: Segment[], ...rest: ReportRest<Rule>): void;
}

/** A rule looks at the roadmap and reports; it never throws on a shape-valid roadmap. */
/** A rule whose templates need no parameter may omit them; otherwise every placeholder must be given. */
export type ReportRest<Rule extends RuleId> = [keyof RuleParams<Rule>] extends [never]
  ? [params?: Params, key?: boolean]
  : [params: RuleParams<Rule> & Params, key?: boolean];

export type Rule = (context: RuleContext) => void;

export function createContext(base: Omit<RuleContext, 'report'>, sink: Diagnostic[]): RuleContext {
  return {
    ...base,
    report(rule, file, path, ...[params, key]: [Params?, boolean?]) {
      if (base.onlyFiles && !base.onlyFiles.has(file)) return;
      sink.push({ rule, file, at: { path, key }, params: params && clipParams(params) });
    },
  };
}
