/** The words of money (report --by funding, the brief's section, the site, diff, journal entries), in French and English. */
import { HEADING_WORDS } from '../../i18n/headingWords.js';
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import { tableLabels } from '../../i18n/tableLabels.js';
import { NONE_WORD } from '../../i18n/vocabulary.js';

const MESSAGES = {
  'sheets/axes': { fr: 'Financement par axe', en: 'Funding by axis' },
  'sheets/funders': { fr: 'Financement par financeur', en: 'Funding by funder' },
  'sheets/years': { fr: 'Engagé et payé par année', en: 'Committed and paid by year' },
  'sheets/commitments': { fr: 'Financement par engagement', en: 'Funding by commitment' },
  'sheets/total': { fr: 'Financement : total', en: 'Funding: total' },
  'columns/number': HEADING_WORDS.number,
  'columns/scope': { fr: 'Niveau', en: 'Scope' },
  'columns/id': HEADING_WORDS.id,
  'columns/label': HEADING_WORDS.label,
  'columns/axis': HEADING_WORDS.axis,
  'columns/commitment': HEADING_WORDS.commitment,
  'columns/funder': HEADING_WORDS.funder,
  'columns/year': { fr: 'Année', en: 'Year' },
  'columns/cost': { fr: 'Coût prévu', en: 'Planned cost' },
  'columns/planned': { fr: 'Financement prévu', en: 'Planned funding' },
  'columns/gap': { fr: 'Reste à financer', en: 'Funding gap' },
  'columns/committed': HEADING_WORDS.committedAmount,
  'columns/paid': { fr: 'Payé', en: 'Paid' },
  'columns/committedRate': { fr: 'Taux d’engagement (%)', en: 'Committed rate (%)' },
  'columns/paidRate': { fr: 'Taux de paiement (%)', en: 'Payment rate (%)' },
  'columns/committedSince': { fr: 'Engagé depuis le comité', en: 'Committed since the committee' },
  'columns/paidSince': { fr: 'Payé depuis le comité', en: 'Paid since the committee' },
  'columns/date': HEADING_WORDS.date,
  'columns/kind': { fr: 'Mouvement', en: 'Movement' },
  'columns/amount': { fr: 'Montant', en: 'Amount' },
  'columns/ref': { fr: 'Référence', en: 'Reference' },
  'rows/total': { fr: 'Total', en: 'Total' },
  'rows/cancelled': { fr: '{title} (abandonné, hors totaux)', en: '{title} (cancelled, not in the totals)' },
  'kind/committed': { fr: 'Engagement', en: 'Commitment of funds' },
  'kind/paid': { fr: 'Paiement', en: 'Payment' },
  empty: { fr: 'Aucun engagement n’a de plan de financement.', en: 'No commitment has a financing plan.' },
  'notes/cents': {
    fr: 'Montants en {currency}, sommés au centime près ; le reste à financer ne compte que les engagements dont le coût est connu.',
    en: 'Amounts in {currency}, summed to the cent; the funding gap only counts commitments whose cost is known.',
  },
  'journal/committed': { fr: 'Engagement {funder} : {amount}', en: 'Commitment of funds by {funder}: {amount}' },
  'journal/paid': { fr: 'Paiement {funder} : {amount}', en: 'Payment by {funder}: {amount}' },
  'journal/cost': { fr: 'Coût prévu : {amount}', en: 'Planned cost: {amount}' },
  'journal/costChanged': {
    fr: 'Coût prévu porté de {previous} à {amount}',
    en: 'Planned cost changed from {previous} to {amount}',
  },
  'journal/funder': { fr: 'Part prévue {funder} : {amount}', en: 'Planned share of {funder}: {amount}' },
  'journal/funderChanged': {
    fr: 'Part prévue {funder} portée de {previous} à {amount}',
    en: 'Planned share of {funder} changed from {previous} to {amount}',
  },
  'journal/ref': { fr: '{text} ({ref})', en: '{text} ({ref})' },
  'brief/title': { fr: 'Plan de financement et exécution', en: 'Financing plan and spending' },
  'brief/intro': {
    fr: 'Montants engagés et payés au {date}, par axe et par financeur ; les deux dernières colonnes disent ce qui a été engagé et payé depuis le {since}.',
    en: 'Amounts committed and paid as of {date}, by axis and by funder; the last two columns show what was committed and paid since {since}.',
  },
  'brief/introFromStart': {
    fr: 'Montants engagés et payés au {date}, par axe et par financeur.',
    en: 'Amounts committed and paid as of {date}, by axis and by funder.',
  },
  'brief/movesTitle': {
    fr: 'Engagements et paiements depuis le {since}',
    en: 'Commitments of funds and payments since {since}',
  },
  'brief/noMoves': {
    fr: 'Aucun montant engagé ni payé depuis le {since}.',
    en: 'Nothing committed or paid since {since}.',
  },
  'diff/cost': { fr: 'Coût prévu : {before} → {after}', en: 'Planned cost: {before} → {after}' },
  'diff/planned': {
    fr: 'Part prévue de {partner} : {before} → {after}',
    en: 'Planned share of {partner}: {before} → {after}',
  },
  'diff/committed-added': {
    fr: 'Engagement de {partner} le {date} : {after}{ref}',
    en: 'Commitment of funds by {partner} on {date}: {after}{ref}',
  },
  'diff/paid-added': {
    fr: 'Paiement de {partner} le {date} : {after}{ref}',
    en: 'Payment by {partner} on {date}: {after}{ref}',
  },
  'diff/committed-removed': {
    fr: 'Engagement de {partner} du {date} retiré ({before})',
    en: 'Commitment of funds by {partner} on {date} removed ({before})',
  },
  'diff/paid-removed': {
    fr: 'Paiement de {partner} du {date} retiré ({before})',
    en: 'Payment by {partner} on {date} removed ({before})',
  },
  'diff/committed-changed': {
    fr: 'Engagement de {partner} du {date} : {before} → {after}{ref}',
    en: 'Commitment of funds by {partner} on {date}: {before} → {after}{ref}',
  },
  'diff/paid-changed': {
    fr: 'Paiement de {partner} du {date} : {before} → {after}{ref}',
    en: 'Payment by {partner} on {date}: {before} → {after}{ref}',
  },
  'diff/nothing': NONE_WORD,
  'diff/ref': { fr: ' ({ref})', en: ' ({ref})' },
  'site/title': HEADING_WORDS.funding,
  'site/axisIntro': {
    fr: 'Plan de financement des engagements de l’axe au {date}.',
    en: 'Financing plan of the axis’s commitments as of {date}.',
  },
  'site/partnerIntro': { fr: 'Ce que ce partenaire finance, au {date}.', en: 'What this partner funds, as of {date}.' },
  'site/none': { fr: 'Aucun montant prévu.', en: 'No amount planned.' },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);

export function moneyWords(lang: Lang) {
  return {
    sheets: tableLabels(MESSAGES, 'sheets', lang),
    columns: tableLabels(MESSAGES, 'columns', lang),
    total: word('rows/total', lang),
    cancelled: (title: string) => word('rows/cancelled', lang, { title }),
    kind: { committed: word('kind/committed', lang), paid: word('kind/paid', lang) },
    empty: word('empty', lang),
    notes: (currency: string) => word('notes/cents', lang, { currency }),
    journal: {
      committed: (funder: string, amount: string) => word('journal/committed', lang, { funder, amount }),
      paid: (funder: string, amount: string) => word('journal/paid', lang, { funder, amount }),
      cost: (amount: string) => word('journal/cost', lang, { amount }),
      costChanged: (previous: string, amount: string) => word('journal/costChanged', lang, { previous, amount }),
      funder: (funder: string, amount: string) => word('journal/funder', lang, { funder, amount }),
      funderChanged: (funder: string, previous: string, amount: string) =>
        word('journal/funderChanged', lang, { funder, previous, amount }),
      withRef: (text: string, ref: string) => word('journal/ref', lang, { text, ref }),
    },
    brief: {
      title: word('brief/title', lang),
      intro: (date: string, since: string | null) =>
        since === null ? word('brief/introFromStart', lang, { date }) : word('brief/intro', lang, { date, since }),
      movesTitle: (since: string) => word('brief/movesTitle', lang, { since }),
      noMoves: (since: string) => word('brief/noMoves', lang, { since }),
    },
    diff: {
      cost: (before: string, after: string) => word('diff/cost', lang, { before, after }),
      planned: (partner: string, before: string, after: string) =>
        word('diff/planned', lang, { partner, before, after }),
      entry: (
        what: 'committed' | 'paid',
        how: 'added' | 'removed' | 'changed',
        params: { partner: string; date: string; before: string; after: string; ref: string },
      ) => word(`diff/${what}-${how}`, lang, params),
      nothing: word('diff/nothing', lang),
      ref: (ref: string) => word('diff/ref', lang, { ref }),
    },
    site: {
      title: word('site/title', lang),
      axisIntro: (date: string) => word('site/axisIntro', lang, { date }),
      partnerIntro: (date: string) => word('site/partnerIntro', lang, { date }),
      none: word('site/none', lang),
    },
  };
}

export type MoneyWords = ReturnType<typeof moneyWords>;
