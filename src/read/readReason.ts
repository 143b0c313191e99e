import { textByLang } from '../i18n/textByLang.js';
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';

const PERMISSION_DENIED = { fr: 'accès refusé', en: 'permission denied' } as const satisfies Text;

/** A path that names a folder where a file was expected; write/ says it too. */
export const IS_A_FOLDER = { fr: 'c’est un dossier', en: 'it is a folder' } as const satisfies Text;

const MESSAGES = {
  EACCES: PERMISSION_DENIED,
  EPERM: PERMISSION_DENIED,
  ELOOP: { fr: 'lien symbolique en boucle', en: 'symbolic link loop' },
  ENOENT: { fr: 'lien symbolique cassé', en: 'broken symbolic link' },
  EISDIR: IS_A_FOLDER,
  'not-regular': {
    fr: 'ce n’est pas un fichier ordinaire (tube, périphérique…)',
    en: 'not a regular file (pipe, device…)',
  },
  'system-error': { fr: 'erreur système {code}', en: 'system error {code}' },
  'unknown-code': { fr: 'inconnue', en: 'unknown' },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);

type KnownCode = Exclude<keyof typeof MESSAGES, 'system-error' | 'unknown-code'>;

const isKnown = (code: string | undefined): code is KnownCode =>
  code !== undefined && code !== 'system-error' && code !== 'unknown-code' && Object.hasOwn(MESSAGES, code);

/** Why a file could not be read, in words a partner understands (the system code kept for the unusual ones). */
export function readReason(code: string | undefined): Text {
  return textByLang((lang) =>
    isKnown(code) ? word(code, lang) : word('system-error', lang, { code: code ?? word('unknown-code', lang) }),
  );
}
