/**
 * `--cost`, `--funder <partner>=<amount>`, `--committed <partner>=<amount>`, `--paid
 * <partner>=<amount>` and `--ref` of `update` and `new commitment`: checked against the roadmap
 * (the partner exists, funds the commitment before it commits or pays, the amount has at most two
 * decimals) and turned into one budget change with the journal's words
 * (« Engagement de la CCI : 15 000 € (délibération 2026-045) »).
 */
import { UsageError } from '../../io/io.js';
import { formatMoney } from '../../i18n/formatMoney.js';
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import type { ParamsArgs } from '../../i18n/formatTemplate.js';
import { cents } from '../../model/cents.js';
import type { Budget, Partner } from '../../model/types.js';
import { closestMatch } from '../../util/closestMatch.js';
import { decimalCents } from '../../util/decimalCents.js';
import { terminalLine } from '../../util/sanitize.js';
import { moneyWords } from '../../render/money/moneyWords.js';
import type { BudgetChange, MoneyEntryChange } from '../../edit/budgetEdits.js';
import type { Occurrence } from '../flags/occurrences.js';

const MESSAGES = {
  'bad-pair': {
    fr: '{flag} attend <partenaire>=<montant>, par exemple {flag} cci-essonne=15000, pas « {value} ».',
    en: '{flag} expects <partner>=<amount>, for example {flag} cci-essonne=15000, not "{value}".',
  },
  'bad-amount': {
    fr: '{flag} : « {value} » n’est pas un montant ; écrivez un nombre positif avec au plus deux décimales, sans espace ni symbole, par exemple 15000 ou 1234.50.',
    en: '{flag}: "{value}" is not an amount; write a positive number with at most two decimals, no spaces or currency sign, for example 15000 or 1234.50.',
  },
  'too-large': {
    fr: '{flag} : « {value} » dépasse mille milliards.',
    en: '{flag}: "{value}" is over a thousand billion.',
  },
  'unknown-partner': {
    fr: '{flag} : aucun partenaire « {id} » dans partners/{suggestion}',
    en: '{flag}: no partner "{id}" in partners/{suggestion}',
  },
  suggestion: { fr: ' ; vouliez-vous dire « {id} » ?', en: '; did you mean "{id}"?' },
  'not-a-funder': {
    fr: '{flag} : « {id} » ne finance pas « {commitment} » ; donnez d’abord sa part prévue avec --funder {id}=<montant>.',
    en: '{flag}: "{id}" does not fund "{commitment}"; give its planned share first with --funder {id}=<amount>.',
  },
  'ref-alone': { fr: '--ref accompagne --committed ou --paid.', en: '--ref goes with --committed or --paid.' },
  'same-cost': {
    fr: 'Le coût prévu de « {commitment} » est déjà {amount}.',
    en: 'The planned cost of "{commitment}" is already {amount}.',
  },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);
const LIMIT = 100_000_000_000_000n;

export interface BudgetFlags {
  change: BudgetChange;
  /** What the journal says, one phrase per fact; empty when no money flag was given. */
  said: string[];
}

/** The money flags as `new` (cost, funders) and `update` (all of them) declare them. */
type MoneyFlagValues = {
  readonly cost: string | undefined;
  readonly funder: readonly Occurrence[];
} & Partial<Record<'committed' | 'paid' | 'ref', readonly Occurrence[]>>;

/** The money flags of one command line; `budget` is the commitment's plan before the change (none for a new commitment). */
export function budgetFlags(
  options: MoneyFlagValues,
  context: {
    commitment: string;
    budget: Budget | undefined;
    partners: readonly Partner[];
    currency: string;
    lang: Lang;
  },
): BudgetFlags {
  const { lang, currency } = context;
  const words = moneyWords(lang).journal;
  const show = (value: bigint) => formatMoney(value, currency, lang);
  const nameOf = (id: string) =>
    partnerPhrase(
      context.partners.find((partner) => partner.id === id),
      id,
      lang,
    );
  const change: BudgetChange = { funders: [], committed: [], paid: [] };
  const said: string[] = [];

  if (options.cost !== undefined) {
    const value = amountOf('--cost', options.cost, lang);
    const before = context.budget?.cost;
    if (before !== undefined && cents(before) === value)
      throw usage(lang, 'same-cost', { commitment: context.commitment, amount: show(value) });
    change.cost = value;
    said.push(before === undefined ? words.cost(show(value)) : words.costChanged(show(cents(before)), show(value)));
  }
  const funding = new Set((context.budget?.funders ?? []).map((funder) => funder.partner));
  for (const { value } of options.funder) {
    const [partner, amount] = pairOf('--funder', value, context, lang);
    const before = context.budget?.funders.find((funder) => funder.partner === partner)?.planned;
    change.funders.push({ partner, cents: amount });
    funding.add(partner);
    said.push(
      before === undefined
        ? words.funder(nameOf(partner), show(amount))
        : words.funderChanged(nameOf(partner), show(cents(before)), show(amount)),
    );
  }
  const refs = (options.ref ?? [])
    .map(({ value }) => value.replace(/\s+/g, ' ').trim())
    .filter((value) => value !== '');
  const ref = refs.length > 0 ? refs.join(', ') : undefined;
  for (const side of ['committed', 'paid'] as const) {
    for (const { value } of options[side] ?? []) {
      const flag = `--${side}`;
      const [partner, amount] = pairOf(flag, value, context, lang);
      if (!funding.has(partner))
        throw usage(lang, 'not-a-funder', { flag, id: partner, commitment: context.commitment });
      const entry: MoneyEntryChange = { partner, cents: amount, ...(ref === undefined ? {} : { ref }) };
      change[side].push(entry);
      const phrase = words[side](nameOf(partner), show(amount));
      said.push(ref === undefined ? phrase : words.withRef(phrase, ref));
    }
  }
  if (ref !== undefined && change.committed.length === 0 && change.paid.length === 0) throw usage(lang, 'ref-alone');
  return { change, said };
}

export function hasBudgetChange(change: BudgetChange): boolean {
  return (
    change.cost !== undefined || change.funders.length > 0 || change.committed.length > 0 || change.paid.length > 0
  );
}

function pairOf(flag: string, value: string, context: { partners: readonly Partner[] }, lang: Lang): [string, bigint] {
  const match = /^([^=]+)=(.*)$/.exec(value);
  if (!match) throw usage(lang, 'bad-pair', { flag, value });
  const id = match[1]!.trim();
  const known = context.partners.map((partner) => partner.id);
  if (!known.includes(id)) {
    const guess = closestMatch(id, known);
    throw usage(lang, 'unknown-partner', {
      flag,
      id,
      suggestion: guess ? word('suggestion', lang, { id: guess }) : '',
    });
  }
  return [id, amountOf(flag, match[2]!, lang)];
}

/** A French decimal comma is read as a point (`1234,50`); grouping spaces are not amounts. */
function amountOf(flag: string, text: string, lang: Lang): bigint {
  const exact = decimalCents(text.trim().replace(/^(\d+),(\d+)$/, '$1.$2'));
  if (!exact.ok || !/^[\d.,]+$/.test(text.trim())) throw usage(lang, 'bad-amount', { flag, value: text });
  if (exact.cents >= LIMIT) throw usage(lang, 'too-large', { flag, value: text });
  return exact.cents;
}

/**
 * « de la CCI », « de l’EPT », « de Bpifrance »: the French article a partner's short name takes,
 * guessed from its kind (the chambers and the region are feminine) and its first letter.
 */
function partnerPhrase(partner: Partner | undefined, id: string, lang: Lang): string {
  const name = partner?.short_name ?? id;
  if (lang === 'en') return name;
  if (/^[aeiouyéèêàâîôûh]/i.test(name)) return `de l’${name}`;
  if (partner && ['cci', 'cma', 'region'].includes(partner.kind)) return `de la ${name}`;
  return `de ${name}`;
}

function usage<Key extends keyof typeof MESSAGES>(
  lang: Lang,
  key: Key,
  ...params: ParamsArgs<(typeof MESSAGES)[Key]>
): UsageError {
  return new UsageError(terminalLine(word(key, lang, ...params)));
}
