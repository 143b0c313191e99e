/**
 * The money part of `roadmap update` and `roadmap new commitment`, applied to a commitment's
 * parsed front matter: the planned cost, a funder's planned share (the funder added when it is
 * not there yet), dated committed and paid entries inserted in date order. Amounts are written
 * as YAML numbers from exact cents (`15000.5`), so that the file reads back to the same cents.
 */
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import { centsToDecimal } from '../i18n/formatMoney.js';
import { datedPosition, insertLikeSiblings, listAt, setInOrder, setOwn } from './documentEdits.js';
import { KEY_ORDERS } from './keyOrders.js';

export interface MoneyEntryChange {
  partner: string;
  cents: bigint;
  ref?: string;
}

export interface BudgetChange {
  cost?: bigint;
  /** Planned shares to set, in flag order. */
  funders: { partner: string; cents: bigint }[];
  committed: MoneyEntryChange[];
  paid: MoneyEntryChange[];
}

// A new `budget` goes where the schema puts it: after every key before it in KEY_ORDERS (the journal included).
const COMMITMENT_KEYS = KEY_ORDERS.commitment[''];
const BUDGET_AFTER = COMMITMENT_KEYS.slice(0, COMMITMENT_KEYS.indexOf('budget'));

export function applyBudgetChange(doc: Document, change: BudgetChange, on: string): void {
  const root = doc.contents as YAMLMap;
  const existing = root.get('budget', true) as unknown;
  let plan: YAMLMap;
  if (isMap(existing)) plan = existing;
  else {
    plan = doc.createNode({}) as YAMLMap;
    plan.flow = false;
    setInOrder(doc, root, 'budget', plan, BUDGET_AFTER);
  }
  // `cost` first, as the schema lists it, even in a plan that had only funders.
  if (change.cost !== undefined) {
    if (plan.has('cost')) setOwn(doc, plan, 'cost', amount(change.cost));
    else plan.items.unshift(doc.createPair('cost', amount(change.cost)));
  }
  const funders = listAt(doc, plan, 'funders', ['cost']);
  // `funders: []` grows as a block list, one funder a few lines, like the schema's example.
  if (funders.items.length === 0) funders.flow = false;
  const funderAt = (partner: string): YAMLMap | undefined =>
    funders.items.find((item): item is YAMLMap => isMap(item) && item.get('partner') === partner);
  for (const share of change.funders) {
    const existing = funderAt(share.partner);
    if (existing) setOwn(doc, existing, 'planned', amount(share.cents));
    else
      insertLikeSiblings(doc, funders, { partner: share.partner, planned: amount(share.cents) }, funders.items.length);
  }
  for (const side of ['committed', 'paid'] as const) {
    for (const entry of change[side]) {
      const funder = funderAt(entry.partner);
      if (!funder) continue;
      const list = listAt(
        doc,
        funder,
        side,
        side === 'paid' ? ['partner', 'planned', 'committed'] : ['partner', 'planned'],
      );
      if (isSeq(list)) {
        const value: Record<string, unknown> = { date: on, amount: amount(entry.cents) };
        if (entry.ref !== undefined) value.ref = entry.ref;
        insertLikeSiblings(doc, list, value, datedPosition(list, on));
      }
    }
  }
}

/** A YAML number with the amount's exact decimals: 1550n → 15.5. */
function amount(cents: bigint): number {
  return Number(centsToDecimal(cents));
}
