/** The sentences of `roadmap owners` (CODEOWNERS comments and review routing), in French and English. */
import { messageTable } from '../i18n/messageTable.js';
import type { Text } from '../i18n/lang.js';
import { HEADING_WORDS } from '../i18n/headingWords.js';
import { THING_WORDS } from '../i18n/vocabulary.js';

/** The title of the review routing; init names the CI step that prints it the same way. */
export const WHO_MUST_APPROVE = { fr: 'Qui doit approuver', en: 'Who must approve' } as const satisfies Text;

const MESSAGES = {
  'codeowners/header': {
    fr: 'Ne pas modifier à la main : relancer `roadmap owners --write` après un changement de « maintainers ».',
    en: 'Do not edit by hand: run `roadmap owners --write` after changing "maintainers".',
  },
  'codeowners/chair': {
    fr: 'Par défaut (convention, axes, réunions) : la présidence du comité, {chair}.',
    en: 'By default (convention, axes, meetings): the committee chair, {chair}.',
  },
  'codeowners/no-chair': {
    fr: 'Pas de présidence avec des « maintainers » : aucun approbateur par défaut.',
    en: 'No chair with "maintainers": no default approvers.',
  },
  'codeowners/partners': { fr: 'Les fichiers de chaque partenaire.', en: 'Each partner’s own file.' },
  'codeowners/commitments': { fr: 'Les engagements : le partenaire pilote.', en: 'Commitments: the lead partner.' },
  'codeowners/stands-in': {
    fr: '{file} : {partner} n’a pas de « maintainers », la présidence approuve.',
    en: '{file}: {partner} has no "maintainers", the chair approves.',
  },

  'route/title': WHO_MUST_APPROVE,
  'route/since': {
    fr: 'Fichiers de la feuille de route modifiés depuis {rev} ({base}) : {count}.',
    en: 'Roadmap files changed since {rev} ({base}): {count}.',
  },
  'route/none': { fr: 'Aucun fichier de la feuille de route n’a changé.', en: 'No roadmap file has changed.' },
  'route/several': {
    fr: 'Ce changement touche les fichiers de {count} partenaires ({names}) : chacun d’eux doit l’approuver.',
    en: 'This change touches the files of {count} partners ({names}): each of them must approve it.',
  },
  'route/one': {
    fr: 'Ce changement touche les fichiers d’un seul partenaire : {names}.',
    en: 'This change touches the files of one partner: {names}.',
  },
  'route/approvers': { fr: 'Approbateurs : {handles}.', en: 'Approvers: {handles}.' },
  'route/unowned': {
    fr: 'Personne ne peut approuver {files} : ajoutez des « maintainers » au partenaire concerné ou à la présidence.',
    en: 'Nobody can approve {files}: add "maintainers" to the partner concerned or to the chair.',
  },
  'route/file': { fr: 'Fichier', en: 'File' },
  'route/partner': HEADING_WORDS.partner,
  'route/handles': { fr: 'Approbateurs', en: 'Approvers' },
  'route/as-lead': THING_WORDS.lead,
  'route/as-partner': { fr: 'son fichier', en: 'own file' },
  'route/as-chair': THING_WORDS.chair,
  'route/nobody': { fr: 'personne', en: 'nobody' },

  'write/up-to-date': { fr: '{file} est à jour.', en: '{file} is up to date.' },
  'write/not-generated': {
    fr: '{file} existe et n’a pas été produit par `roadmap owners` : fusionnez à la main, ou supprimez-le puis relancez.',
    en: '{file} exists and was not produced by `roadmap owners`: merge by hand, or remove it and run again.',
  },
} as const satisfies Record<string, Text>;

export type OwnersMessageKey = keyof typeof MESSAGES;

export const ownersMessage = messageTable(MESSAGES);
