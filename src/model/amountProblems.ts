/**
 * amount/decimals: an amount with more than two decimals, read from the YAML source text
 * (`12.345`, `1234.5000001`), which the float the parser made of it cannot tell. Amounts the
 * schema already refuses (negative, too large, not a number) are left to it.
 */
import { isAlias, isScalar, type Document } from 'yaml';
import type { Segment } from '../diagnostics/diagnostic.js';
import { decimalCents } from '../util/decimalCents.js';
import type { Commitment } from './types.js';

export interface AmountProblem {
  path: Segment[];
  /** The amount as the file wrote it, clipped. */
  value: string;
  /** The same amount rounded half away from zero to the cent, as a suggestion. */
  rounded: string;
}

const LIMIT = 1e12;

export function amountProblems(document: Document.Parsed, data: Commitment): AmountProblem[] {
  const budget = data.budget;
  if (!budget || !Array.isArray(budget.funders)) return [];
  const problems: AmountProblem[] = [];
  const check = (path: Segment[], value: unknown) => {
    if (typeof value !== 'number' || !(value >= 0 && value < LIMIT)) return;
    let node = document.getIn(path, true) as unknown;
    if (isAlias(node)) node = node.resolve(document);
    if (!isScalar(node) || typeof node.source !== 'string') return;
    const exact = decimalCents(node.source);
    if (!exact.ok && exact.reason === 'too-precise') {
      problems.push({ path, value: node.source.slice(0, 40), rounded: String(Math.round(value * 100) / 100) });
    }
  };
  check(['budget', 'cost'], budget.cost);
  budget.funders.forEach((funder, index) => {
    check(['budget', 'funders', index, 'planned'], funder?.planned);
    for (const side of ['committed', 'paid'] as const) {
      const entries = funder?.[side];
      if (!Array.isArray(entries)) continue;
      for (const [at, entry] of entries.entries())
        check(['budget', 'funders', index, side, at, 'amount'], entry?.amount);
    }
  });
  return problems;
}
