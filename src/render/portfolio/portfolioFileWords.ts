/** What is wrong in a portfolio.yaml, key by key, in French and English. */
import type { Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';

const FILE_PROBLEMS = {
  missing: { fr: 'manque', en: 'is missing' },
  'not-text': { fr: 'doit être un texte non vide', en: 'must be a non-empty text' },
  'not-an-id': { fr: 'doit être un identifiant en minuscules-avec-tirets', en: 'must be a lowercase-kebab-case id' },
  duplicate: { fr: 'est en double', en: 'is a duplicate' },
  'not-a-list': { fr: 'doit être une liste', en: 'must be a list' },
  'not-a-number': {
    fr: 'doit être un nombre entier de mois (0 à 1200)',
    en: 'must be a whole number of months (0 to 1200)',
  },
  'too-many': { fr: 'compte trop de conventions (100 000 au plus)', en: 'has too many conventions (100,000 at most)' },
  'unknown-key': {
    fr: 'n’est pas une clé connue (id, title, stale_months, conventions ; id, source, territory, site)',
    en: 'is not a known key (id, title, stale_months, conventions; id, source, territory, site)',
  },
  yaml: { fr: 'n’est pas du YAML valide', en: 'is not valid YAML' },
} as const satisfies Record<string, Text>;
export const fileProblemWord = messageTable(FILE_PROBLEMS);
