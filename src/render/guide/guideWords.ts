/** The words the partner guide adds around the template's prose: its tables and worked examples. */
import { messageTable } from '../../i18n/messageTable.js';
import type { Text } from '../../i18n/lang.js';
import { HEADING_WORDS } from '../../i18n/headingWords.js';
import { YES_NO } from '../../i18n/vocabulary.js';

export const guideWord = messageTable({
  'partners/name': HEADING_WORDS.partner,
  'partners/id': HEADING_WORDS.id,
  'partners/role': HEADING_WORDS.role,
  'fields/field': { fr: 'Champ', en: 'Field' },
  'fields/required': { fr: 'Obligatoire', en: 'Required' },
  'fields/meaning': { fr: 'Ce qu’il faut y mettre', en: 'What to put in it' },
  'fields/yes': YES_NO.yes,
  'fields/no': YES_NO.no,
  'section/commitment': { fr: 'Engagement (`commitments/<identifiant>.md`)', en: 'Commitment (`commitments/<id>.md`)' },
  'section/milestone': { fr: 'Un jalon (`milestones`)', en: 'A milestone (`milestones`)' },
  'section/indicator': { fr: 'Un indicateur (`indicators`)', en: 'An indicator (`indicators`)' },
  'section/measure': { fr: 'Une mesure (`measures`)', en: 'A measure (`measures`)' },
  'section/journal': { fr: 'Une entrée du journal (`updates`)', en: 'A journal entry (`updates`)' },
  'section/action': {
    fr: 'Une action décidée en réunion (`meetings/<identifiant>.md`, liste `actions`)',
    en: 'An action decided in a meeting (`meetings/<id>.md`, list `actions`)',
  },
  'section/partner': { fr: 'Partenaire (`partners/<identifiant>.yaml`)', en: 'Partner (`partners/<id>.yaml`)' },
  'example/started': { fr: 'Lancement des travaux', en: 'Work started' },
  'example/done': { fr: 'Engagement réalisé', en: 'Commitment done' },
  'example/milestone': { fr: 'Premier jalon', en: 'First milestone' },
  'example/source': { fr: 'Bilan semestriel', en: 'Half-year review' },
  'example/indicator': { fr: 'realisations', en: 'outputs' },
  'example/postponed': { fr: 'Report de six mois décidé en comité', en: 'Six-month postponement agreed in committee' },
  'example/action': {
    fr: 'Transmettre au secrétariat le bilan de l’engagement',
    en: 'Send the commitment’s review to the secretariat',
  },
  'error/line': { fr: '**À faire :**', en: '**To do:**' },
} satisfies Record<string, Text>);
