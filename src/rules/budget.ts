import { moneyText } from '../i18n/formatMoney.js';
import { cents, isValidAmount, sumCents } from '../model/cents.js';
import type { Budget } from '../model/types.js';
import type { Rule } from './context.js';

/**
 * The financing plan of each commitment: no committed or paid entry dated after today
 * (date/future), and the warnings docs/reference/money.md lists: a funder committed above its planned share, paid
 * above what it committed, planned shares above the cost. Over every entry of the file, whatever
 * the as-of date: the plan is checked as written.
 */
export const budget: Rule = ({ roadmap, report, today }) => {
  const currency = roadmap.convention?.data.currency ?? 'EUR';
  for (const { data, file } of roadmap.commitments) {
    const plan = data.budget;
    if (!plan) continue;
    plan.funders.forEach((funder, index) => {
      for (const side of ['committed', 'paid'] as const) {
        funder[side]?.forEach((entry, at) => {
          if (entry.date > today) {
            report('date/future', file, ['budget', 'funders', index, side, at, 'date'], {
              field: `budget.funders[${index}].${side}[${at}].date`,
              value: entry.date,
              asOf: today,
            });
          }
        });
      }
    });
    if (!amountsValid(plan)) continue;
    let planned = 0n;
    plan.funders.forEach((funder, index) => {
      planned += cents(funder.planned);
      const committed = sumCents(funder.committed?.map((entry) => entry.amount));
      const paid = sumCents(funder.paid?.map((entry) => entry.amount));
      if (committed > cents(funder.planned)) {
        report(
          'money/committed-over-planned',
          file,
          ['budget', 'funders', index, 'committed'],
          {
            partner: funder.partner,
            committed: moneyText(committed, currency),
            planned: moneyText(cents(funder.planned), currency),
          },
          true,
        );
      }
      if (paid > committed) {
        report(
          'money/paid-over-committed',
          file,
          ['budget', 'funders', index, 'paid'],
          {
            partner: funder.partner,
            paid: moneyText(paid, currency),
            committed: moneyText(committed, currency),
          },
          true,
        );
      }
    });
    if (plan.cost !== undefined && planned > cents(plan.cost)) {
      report('money/planned-over-cost', file, ['budget', 'cost'], {
        planned: moneyText(planned, currency),
        cost: moneyText(cents(plan.cost), currency),
      });
    }
  }
};

/** Schema errors on an amount (negative, too large) are reported already: no sum is made of them. */
function amountsValid(plan: Budget): boolean {
  if (plan.cost !== undefined && !isValidAmount(plan.cost)) return false;
  return plan.funders.every(
    (funder) =>
      isValidAmount(funder.planned) &&
      [...(funder.committed ?? []), ...(funder.paid ?? [])].every((entry) => isValidAmount(entry.amount)),
  );
}
