/** One amount of a financing plan that changed, as `roadmap diff` says it: « Part prévue de cci : 40 000 € → 45 000 € ». */
import type { MoneyChange } from '../../diff/types.js';
import { formatMoney } from '../../i18n/formatMoney.js';
import type { Lang } from '../../i18n/lang.js';
import { cents } from '../../model/cents.js';
import { moneyWords } from './moneyWords.js';

export function describeMoneyChange(
  change: MoneyChange,
  lang: Lang,
  safe: (text: string) => string,
  date: (value: string) => string,
): string {
  const words = moneyWords(lang).diff;
  const amount = (value: number | null) =>
    value === null ? words.nothing : formatMoney(cents(value), change.currency, lang);
  const [before, after] = [amount(change.before), amount(change.after)];
  if (change.what === 'cost') return words.cost(before, after);
  const partner = safe(change.partner ?? '');
  if (change.what === 'planned') return words.planned(partner, before, after);
  const how = change.before === null ? 'added' : change.after === null ? 'removed' : 'changed';
  return words.entry(change.what, how, {
    partner,
    date: date(change.date ?? ''),
    before,
    after,
    ref: change.ref ? words.ref(safe(change.ref)) : '',
  });
}
