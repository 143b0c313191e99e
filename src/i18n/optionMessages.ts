/**
 * What the command line says about a flag value it cannot use (folder,
 * dates, language, format), in French and English. Templates use `{name}`.
 */
import { messageTable } from './messageTable.js';
import type { Text } from './lang.js';

const MESSAGES = {
  'dir/missing': { fr: 'aucun dossier de feuille de route à {path}', en: 'no roadmap folder at {path}' },
  'dir/not-a-folder': { fr: '{path} n’est pas un dossier', en: '{path} is not a folder' },
  'date/invalid': { fr: '{flag} doit être une date réelle écrite AAAA-MM-JJ, pas « {value} »', en: '{flag} must be a real date written YYYY-MM-DD, not "{value}"' },
  'lang/invalid': { fr: '--lang doit valoir fr ou en, pas « {value} »', en: '--lang must be fr or en, not "{value}"' },
} as const satisfies Record<string, Text>;

export type OptionMessageKey = keyof typeof MESSAGES;

export const optionMessage = messageTable(MESSAGES);
