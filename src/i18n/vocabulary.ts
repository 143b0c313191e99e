/**
 * The one vocabulary: how people say the roadmap's machine words (statuses,
 * health, kinds, roles, attendance), its things inside a phrase, and how counts
 * agree, in French and English (headings are in headingWords.ts). Every
 * document, page and message takes these words from here, so that a committee
 * reads « réalisé » in the brief, the site, the report and the pull request alike.
 */
import type { Lang, Text } from './lang.js';

/** French counts 0 and 1 in the singular (« 0 erreur, 1 avertissement »); English 1 alone. */
export function pluralCategory(n: number, lang: Lang): 'one' | 'other' {
  return (lang === 'fr' ? Math.abs(n) < 2 : n === 1) ? 'one' : 'other';
}

/** `{ one, other }` picked by the count; `{n}` in either is the count. */
export function plural(n: number, forms: { one: Text; other: Text }, lang: Lang): string {
  return forms[pluralCategory(n, lang)][lang].replaceAll('{n}', String(n));
}

/** A commitment's status, lower case, as a phrase says it (« l’engagement est prévu »). */
export const COMMITMENT_STATUS_WORDS = {
  planned: { fr: 'prévu', en: 'planned' },
  in_progress: { fr: 'en cours', en: 'in progress' },
  blocked: { fr: 'bloqué', en: 'blocked' },
  done: { fr: 'réalisé', en: 'done' },
  cancelled: { fr: 'abandonné', en: 'cancelled' },
} as const satisfies Record<string, Text>;

/** A meeting is feminine in French: its status agrees (« réunion prévue »). */
export const MEETING_STATUS_WORDS = {
  planned: { fr: 'prévue', en: 'planned' },
  held: { fr: 'tenue', en: 'held' },
  cancelled: { fr: 'annulée', en: 'cancelled' },
} as const satisfies Record<string, Text>;

/** An action is feminine in French too; « soldée » is the secretariats' word for an action done. */
export const ACTION_STATUS_WORDS = {
  open: { fr: 'ouverte', en: 'open' },
  done: { fr: 'soldée', en: 'done' },
  cancelled: { fr: 'abandonnée', en: 'cancelled' },
} as const satisfies Record<string, Text>;

export const HEALTH_WORDS = {
  green: { fr: 'Bon', en: 'On track' },
  amber: { fr: 'Vigilance', en: 'At risk' },
  red: { fr: 'Alerte', en: 'Off track' },
} as const satisfies Record<string, Text>;

export const MEETING_KIND_WORDS = {
  signature: { fr: 'signature', en: 'signature' },
  committee: { fr: 'comité', en: 'committee' },
  technical: { fr: 'réunion technique', en: 'technical meeting' },
  workshop: { fr: 'atelier', en: 'workshop' },
  other: { fr: 'autre', en: 'other' },
} as const satisfies Record<string, Text>;

export const PARTNER_ROLE_WORDS = {
  signatory: { fr: 'signataire', en: 'signatory' },
  member: { fr: 'membre', en: 'member' },
  witness: { fr: 'témoin', en: 'witness' },
  observer: { fr: 'observateur', en: 'observer' },
} as const satisfies Record<string, Text>;

/** Whether a person or a partner attended a meeting. */
export const ATTENDANCE_WORDS = {
  present: { fr: 'présent', en: 'present' },
  absent: { fr: 'absent', en: 'absent' },
  excused: { fr: 'excusé', en: 'excused' },
} as const satisfies Record<string, Text>;

/** « en retard » says two things in English: a milestone is late, an action is overdue. */
export const LATE_WORDS = {
  milestone: { fr: 'en retard', en: 'late' },
  action: { fr: 'en retard', en: 'overdue' },
} as const satisfies Record<string, Text>;

/** The roadmap's things and the parts partners play, lower case, as a phrase or a field's name says one. */
export const THING_WORDS = {
  partner: { fr: 'partenaire', en: 'partner' },
  axis: { fr: 'axe', en: 'axis' },
  commitment: { fr: 'engagement', en: 'commitment' },
  guest: { fr: 'invité', en: 'guest' },
  coFunder: { fr: 'cofinanceur', en: 'co-funder' },
  lead: { fr: 'pilote', en: 'lead' },
  chair: { fr: 'présidence', en: 'chair' },
} as const satisfies Record<string, Text>;

/** A diagnostic's severity, as a phrase says it. */
export const SEVERITY_WORDS = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
} as const satisfies Record<string, Text>;

/** A yes-or-no value in a table cell. */
export const YES_NO = {
  yes: { fr: 'oui', en: 'yes' },
  no: { fr: 'non', en: 'no' },
} as const satisfies Record<string, Text>;

/** An empty list or an absent amount (« jalons : aucun »). */
export const NONE_WORD = { fr: 'aucun', en: 'none' } as const satisfies Text;

/** « 1 erreur », « 2 erreurs »; « 0 erreur » in French. */
export const ERRORS = {
  one: { fr: '{n} erreur', en: '{n} error' },
  other: { fr: '{n} erreurs', en: '{n} errors' },
} as const;

/** « 1 avertissement », « 0 avertissement ». */
export const WARNINGS = {
  one: { fr: '{n} avertissement', en: '{n} warning' },
  other: { fr: '{n} avertissements', en: '{n} warnings' },
} as const;

/** « 1 changement », « 12 changements ». */
export const CHANGES = {
  one: { fr: '{n} changement', en: '{n} change' },
  other: { fr: '{n} changements', en: '{n} changes' },
} as const;

/** « 1 problème », « 3 problèmes ». */
export const PROBLEMS = {
  one: { fr: '{n} problème', en: '{n} problem' },
  other: { fr: '{n} problèmes', en: '{n} problems' },
} as const;

/** Progress nobody reported (docs/reference/report.md): not zero, and not a dash either. */
export const PROGRESS_UNKNOWN: Text = { fr: 'non renseigné', en: 'not reported' };

/** « 2 non renseignés »: how many commitments of an axis or a partner have unknown progress. */
export function unknownCount(n: number, lang: Lang): string {
  return plural(
    n,
    {
      one: { fr: '{n} non renseigné', en: '{n} not reported' },
      other: { fr: '{n} non renseignés', en: '{n} not reported' },
    },
    lang,
  );
}

/** A machine word as people say it; a value outside the table (a roadmap read without its schema) stays as written. */
export function sayWord(table: Readonly<Record<string, Text>>, value: string, lang: Lang): string {
  return Object.hasOwn(table, value) ? table[value]![lang] : value;
}

/** A commitment's status in a phrase (« prévu »); a value outside the schema stays as written. */
export function commitmentStatusWord(status: string, lang: Lang): string {
  return sayWord(COMMITMENT_STATUS_WORDS, status, lang);
}

/** A meeting's status in a phrase, agreeing with « réunion » (« prévue »). */
export function meetingStatusWord(status: string, lang: Lang): string {
  return sayWord(MEETING_STATUS_WORDS, status, lang);
}

/** An action's status in a phrase, agreeing with « action » (« soldée »). */
export function actionStatusWord(status: string, lang: Lang): string {
  return sayWord(ACTION_STATUS_WORDS, status, lang);
}

/** A whole vocabulary table in one language, keyed like the machine words; `shape` capitalises for table cells. */
export function wordsOf<Table extends Record<string, Text>>(
  table: Table,
  lang: Lang,
  shape: (word: string) => string = (word) => word,
): Record<keyof Table, string> {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [key, shape(text[lang])])) as Record<
    keyof Table,
    string
  >;
}

/** First letter up, for a word standing alone in a table cell (« Prévu »). */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);
}
