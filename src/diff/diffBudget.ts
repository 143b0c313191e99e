import type { Budget, MoneyEntry } from '../model/types.js';
import { cents } from '../model/cents.js';
import type { MoneyChange } from './types.js';

/**
 * Every amount of a commitment's financing plan that changed between two revisions, by meaning:
 * the cost, each funder's planned share (a funder added or removed shows as a share from or to
 * nothing), each committed or paid entry added, removed or changed (entries paired by funder, kind,
 * date and order within the date). Amounts stay the files' numbers in currency units; equality
 * is decided in cents.
 */
export function diffBudget(before: Budget | undefined, after: Budget | undefined, currency: string): MoneyChange[] {
  const changes: MoneyChange[] = [];
  const same = (a: number | undefined, b: number | undefined) =>
    a === undefined ? b === undefined : b !== undefined && cents(a) === cents(b);
  if (!same(before?.cost, after?.cost))
    changes.push({
      kind: 'money',
      what: 'cost',
      partner: null,
      date: null,
      ref: null,
      before: before?.cost ?? null,
      after: after?.cost ?? null,
      currency,
    });
  const partners = [
    ...new Set([...(before?.funders ?? []), ...(after?.funders ?? [])].map((funder) => funder.partner)),
  ];
  for (const partner of partners) {
    const b = before?.funders.find((funder) => funder.partner === partner);
    const a = after?.funders.find((funder) => funder.partner === partner);
    if (!same(b?.planned, a?.planned))
      changes.push({
        kind: 'money',
        what: 'planned',
        partner,
        date: null,
        ref: null,
        before: b?.planned ?? null,
        after: a?.planned ?? null,
        currency,
      });
    for (const what of ['committed', 'paid'] as const) {
      const beforeEntries = keyed(b?.[what]);
      const afterEntries = keyed(a?.[what]);
      for (const key of [...new Set([...beforeEntries.keys(), ...afterEntries.keys()])].sort()) {
        const was = beforeEntries.get(key);
        const is = afterEntries.get(key);
        if (same(was?.amount, is?.amount) && (was?.ref ?? null) === (is?.ref ?? null)) continue;
        changes.push({
          kind: 'money',
          what,
          partner,
          date: (is ?? was)!.date,
          ref: (is ?? was)!.ref ?? null,
          before: was?.amount ?? null,
          after: is?.amount ?? null,
          currency,
        });
      }
    }
  }
  return changes;
}

/** `2026-03-12#0`: an entry by its date and its rank among the funder's entries of that date. */
function keyed(entries: readonly MoneyEntry[] | undefined): Map<string, MoneyEntry> {
  const map = new Map<string, MoneyEntry>();
  const seen = new Map<string, number>();
  for (const entry of entries ?? []) {
    const rank = seen.get(entry.date) ?? 0;
    seen.set(entry.date, rank + 1);
    map.set(`${entry.date}#${rank}`, entry);
  }
  return map;
}
