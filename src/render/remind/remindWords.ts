/** The words of the reminders `roadmap remind` drafts, in French and English. */
import { messageTable } from '../../i18n/messageTable.js';
import type { Text } from '../../i18n/lang.js';
import { HEADING_WORDS } from '../../i18n/headingWords.js';

const MESSAGES = {
  subject: {
    fr: '{committee} du {date:date} : éléments attendus {ofPartner}',
    en: '{committee} on {date:date}: what we need {ofPartner}',
  },
  greeting: { fr: 'Bonjour,', en: 'Hello,' },
  intro: {
    fr: 'En vue de la réunion {meeting} du {date:date}, au titre de la {convention}, le secrétariat du comité a besoin des éléments suivants {ofPartner}, si possible avant le {replyBy:date} :',
    en: 'Ahead of the meeting {meeting} on {date:date}, under the {convention}, the committee secretariat needs the following {ofPartner}, if possible by {replyBy:date}:',
  },
  'since/previous': { fr: 'depuis la réunion du {date:date}', en: 'since the meeting of {date:date}' },
  'since/start': { fr: 'depuis le début de la convention', en: 'since the convention began' },
  'section/without-news': { fr: 'Engagements sans nouvelles {since}', en: 'Commitments with no news {since}' },
  'section/overdue-actions': HEADING_WORDS.overdueActions,
  'section/indicators': { fr: 'Indicateurs sans mesure {since}', en: 'Indicators with no measure {since}' },
  'section/late-milestones': HEADING_WORDS.lateMilestones,
  'item/without-news': {
    fr: '{title} — aucune nouvelle depuis le {since:date}',
    en: '{title} — no news since {since:date}',
  },
  'item/no-measure': {
    fr: '{label} ({title}) — aucune mesure depuis la valeur de départ du {since:date}',
    en: '{label} ({title}) — no measure since the baseline of {since:date}',
  },
  'item/action': {
    fr: '{text} — décidée le {meeting:date}, échéance le {due:date}',
    en: '{text} — decided on {meeting:date}, due {due:date}',
  },
  'item/indicator': {
    fr: '{label} ({title}) — aucune mesure depuis le {since:date}',
    en: '{label} ({title}) — no measure since {since:date}',
  },
  'item/milestone': { fr: '{milestone} ({title}) — prévu le {due:date}', en: '{milestone} ({title}) — due {due:date}' },
  'how-to': {
    fr: 'Il suffit de compléter le fichier de l’engagement (journal, mesures, jalons) ou de répondre à ce message.',
    en: 'Update the commitment’s file (journal, measures, milestones), or simply reply to this message.',
  },
  closing: { fr: 'Merci par avance,', en: 'Thank you,' },
  signature: { fr: 'Le secrétariat {ofCommittee}', en: 'The secretariat {ofCommittee}' },
  'no-contact': {
    fr: 'Aucun contact dans le fichier du partenaire : destinataire à compléter.',
    en: 'No contact in the partner’s file: add the recipient.',
  },
  'to-label': { fr: 'À', en: 'To' },
  'subject-label': { fr: 'Objet', en: 'Subject' },
  'draft-note': {
    fr: 'Brouillon préparé par roadmap remind : rien n’a été envoyé.',
    en: 'Draft prepared by roadmap remind: nothing was sent.',
  },
  nobody: {
    fr: 'Aucun partenaire n’a d’élément en attente avant la réunion du {date:date} : aucun rappel à écrire.',
    en: 'No partner owes anything before the meeting of {date:date}: no reminder to write.',
  },
} satisfies Record<string, Text>;

export const remindMessage = messageTable(MESSAGES);
