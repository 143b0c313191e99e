/** Every sentence of a diff report, in French and English. */
import type { ParamsOf } from '../../i18n/formatTemplate.js';
import { HEADING_WORDS } from '../../i18n/headingWords.js';
import { messageTable } from '../../i18n/messageTable.js';
import type { Text } from '../../i18n/lang.js';
import { PROGRESS_UNKNOWN, YES_NO } from '../../i18n/vocabulary.js';

/** What a diff says alike of a commitment, a meeting, an action or a partner. */
const ALIKE = {
  dueClause: { fr: ', échéance le {date}', en: ', due {date}' },
  onClause: { fr: ' le {date}', en: ' on {date}' },
  statusChange: { fr: 'statut : {before} → {after}', en: 'status: {before} → {after}' },
} as const satisfies Record<string, Text>;

const MESSAGES = {
  title: { fr: 'Changements de la feuille de route', en: 'Roadmap changes' },
  range: { fr: 'De {from} à {to}, au {asOf}.', en: 'From {from} to {to}, as of {asOf}.' },
  workingTree: { fr: 'les fichiers tels qu’ils sont', en: 'the files as they are' },
  moved: {
    fr: 'Dans {side}, le dossier de la feuille de route était « {folder} ».',
    en: 'In {side}, the roadmap folder was "{folder}".',
  },
  none: { fr: 'Aucun changement de fond.', en: 'No change of substance.' },
  invalid: {
    fr: 'La feuille de route a des erreurs dans {side} ({count}) : les changements ne peuvent pas être comparés.',
    en: 'The roadmap has errors in {side} ({count}): changes cannot be compared.',
  },
  'invalid/listed-above': {
    fr: 'Chaque erreur est décrite une fois, avec sa correction, dans la vérification de la feuille de route (plus haut dans ce résumé, ou `roadmap validate`).',
    en: 'Each error is described once, with its fix, by the roadmap check (above in this summary, or `roadmap validate`).',
  },
  convention: HEADING_WORDS.convention,
  axes: HEADING_WORDS.axes,
  partners: HEADING_WORDS.partners,
  commitments: HEADING_WORDS.commitments,
  meetings: HEADING_WORDS.meetings,

  field: { fr: '{label}{item} : {before} → {after}', en: '{label}{item}: {before} → {after}' },
  'field/item': { fr: ' (« {item} »)', en: ' ("{item}")' },
  'field/none': { fr: '—', en: '—' },
  'field/quoted': { fr: '« {text} »', en: '"{text}"' },
  'field/yes': YES_NO.yes,
  'field/no': YES_NO.no,
  'item-added': { fr: '{label} : ajout de « {item} »', en: '{label}: added "{item}"' },
  'item-removed': { fr: '{label} : retrait de « {item} »', en: '{label}: removed "{item}"' },
  description: { fr: 'description modifiée', en: 'description changed' },
  'axis/added': { fr: 'nouvel axe n° {number} : « {title} »', en: 'new axis no. {number}: "{title}"' },
  'axis/removed': { fr: 'axe supprimé', en: 'axis removed' },
  truncated: {
    fr: '… et {count} de plus, non affichés : la page atteindrait sa taille limite. `roadmap diff --format json` les donne tous.',
    en: '… and {count} more, not shown: the page would exceed its size limit. `roadmap diff --format json` gives them all.',
  },

  'commitment/added': {
    fr: 'nouvel engagement : axe {axis}, pilote {lead}, statut {status}{due}',
    en: 'new commitment: axis {axis}, lead {lead}, status {status}{due}',
  },
  'commitment/added-due': ALIKE.dueClause,
  'commitment/removed': { fr: 'engagement supprimé', en: 'commitment removed' },
  'commitment/title': { fr: 'titre : « {before} » → « {after} »', en: 'title: "{before}" → "{after}"' },
  'commitment/axis': { fr: 'axe : {before} → {after}', en: 'axis: {before} → {after}' },
  'commitment/lead': { fr: 'pilote : {before} → {after}', en: 'lead: {before} → {after}' },
  'commitment/status': ALIKE.statusChange,
  'commitment/progress-same-source': {
    fr: 'avancement {source} : {before} → {after}',
    en: 'progress {source}: {before} → {after}',
  },
  'commitment/progress-new-source': {
    fr: 'avancement {after} (jusque-là {before})',
    en: 'progress {after} (until now {before})',
  },
  'commitment/progress-side': { fr: '{source} : {value}', en: '{source}: {value}' },
  'progress-source/explicit': { fr: 'renseigné', en: 'reported' },
  'progress-source/milestones': { fr: 'déduit des jalons', en: 'derived from milestones' },
  'progress-source/done': { fr: 'de l’engagement réalisé', en: 'of the commitment done' },
  'progress-source/planned': { fr: 'de l’engagement prévu', en: 'of the commitment planned' },
  'progress-source/unknown': PROGRESS_UNKNOWN,
  'progress-source/cancelled': { fr: 'exclu (engagement abandonné)', en: 'excluded (commitment cancelled)' },
  'commitment/due-later': {
    fr: 'échéance repoussée de {days} : {before} → {after}',
    en: 'due date moved {days} later: {before} → {after}',
  },
  'commitment/due-earlier': {
    fr: 'échéance avancée de {days} : {before} → {after}',
    en: 'due date moved {days} earlier: {before} → {after}',
  },
  'commitment/due-moves': {
    fr: ' ({moves} ; {total} de glissement depuis l’échéance initiale)',
    en: ' ({moves}; {total} of slip since the original due date)',
  },
  'commitment/move': { fr: '{n} report enregistré', en: '{n} move recorded' },
  'commitment/moves': { fr: '{n} reports enregistrés', en: '{n} moves recorded' },
  'commitment/due-set': { fr: 'échéance fixée au {after}', en: 'due date set to {after}' },
  'commitment/due-removed': { fr: 'échéance retirée (était le {before})', en: 'due date removed (was {before})' },
  'commitment/milestone-done': {
    fr: 'jalon atteint le {date} : {milestone}',
    en: 'milestone done on {date}: {milestone}',
  },
  'commitment/measures-added': {
    fr: 'indicateur « {label} » : {measures} ; atteinte {before} → {after}',
    en: 'indicator "{label}": {measures}; attainment {before} → {after}',
  },
  'commitment/measure': { fr: '{value} au {date}', en: '{value} on {date}' },
  'commitment/journal-added': { fr: 'journal du {date} : {text}{status}', en: 'journal, {date}: {text}{status}' },
  'commitment/journal-status': { fr: ' (statut : {status})', en: ' (status: {status})' },

  'meeting/added': { fr: 'nouvelle réunion le {date} ({status})', en: 'new meeting on {date} ({status})' },
  'meeting/removed': { fr: 'réunion supprimée (prévue le {date})', en: 'meeting removed (dated {date})' },
  'meeting/status': ALIKE.statusChange,
  'meeting/decision-recorded': { fr: 'décision {decision} : {text}', en: 'decision {decision}: {text}' },
  'meeting/action-opened': {
    fr: 'action ouverte {action} ({owner}{due}) : {text}',
    en: 'action opened {action} ({owner}{due}): {text}',
  },
  'meeting/action-due': ALIKE.dueClause,
  'meeting/action-closed': {
    fr: 'action close {action} ({owner}, {status}{on}) : {text}',
    en: 'action closed {action} ({owner}, {status}{on}): {text}',
  },
  'meeting/action-on': ALIKE.onClause,
  'meeting/action-reopened': {
    fr: 'action rouverte {action} ({owner}) : {text}',
    en: 'action reopened {action} ({owner}): {text}',
  },

  'partner/joined': { fr: 'a rejoint le partenariat ({role}{on})', en: 'joined the partnership ({role}{on})' },
  'partner/left': { fr: 'a quitté le partenariat{on}', en: 'left the partnership{on}' },
  'partner/on': { fr: ', le {date}', en: ', on {date}' },
  'partner/left-on': ALIKE.onClause,

  day: { fr: '{n} jour', en: '{n} day' },
  days: { fr: '{n} jours', en: '{n} days' },
} as const satisfies Record<string, Text>;

export type DiffMessageKey = keyof typeof MESSAGES;

/** The messages whose only placeholder is `{date}`: optional clauses such as « , échéance le … ». */
export type DateClauseKey = {
  [Key in DiffMessageKey]: [keyof ParamsOf<(typeof MESSAGES)[Key]>] extends ['date'] ? Key : never;
}[DiffMessageKey];

export const diffMessage = messageTable(MESSAGES);
