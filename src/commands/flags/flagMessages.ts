/** What the checks of flag values say (dates, choices, ids, folders), in French and English. */
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import { closestMatch } from '../../util/closestMatch.js';

const MESSAGES = {
  choice: {
    fr: '{flag} doit valoir {choices}, pas « {value} »{suggestion}',
    en: '{flag} must be {choices}, not "{value}"{suggestion}',
  },
  date: {
    fr: '{flag} : « {value} » n’est pas une date valide ({reason}).',
    en: '{flag}: "{value}" is not a valid date ({reason}).',
  },
  'no-folder': { fr: 'aucun dossier de feuille de route à {path}', en: 'no roadmap folder at {path}' },
  'not-a-folder': { fr: '{path} n’est pas un dossier', en: '{path} is not a folder' },
  unknown: {
    fr: '{flag} : aucun identifiant « {value} » dans {folder}/{suggestion}',
    en: '{flag}: no id "{value}" in {folder}/{suggestion}',
  },
  ambiguous: {
    fr: '{flag} : « {value} » peut désigner {list} ; précisez lequel',
    en: '{flag}: "{value}" may name {list}; say which',
  },
  suggestion: { fr: ' ; vouliez-vous dire « {suggestion} » ?', en: '; did you mean "{suggestion}"?' },
  or: { fr: ' ou ', en: ' or ' },
} satisfies Record<string, Text>;

export const flagMessage = messageTable(MESSAGES);

/** ' ; vouliez-vous dire json ?' when one candidate is near enough to be a typo, else ''. */
export function suggestionText(word: string, candidates: readonly string[], lang: Lang): string {
  const nearest = closestMatch(word, candidates);
  return nearest === undefined ? '' : flagMessage('suggestion', lang, { suggestion: nearest });
}
