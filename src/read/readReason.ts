import type { Text } from '../i18n/lang.js';

const REASONS: Record<string, Text> = {
  EACCES: { fr: 'accès refusé', en: 'permission denied' },
  EPERM: { fr: 'accès refusé', en: 'permission denied' },
  ELOOP: { fr: 'lien symbolique en boucle', en: 'symbolic link loop' },
  ENOENT: { fr: 'lien symbolique cassé', en: 'broken symbolic link' },
  EISDIR: { fr: 'c’est un dossier', en: 'it is a folder' },
  'not-regular': { fr: 'ce n’est pas un fichier ordinaire (tube, périphérique…)', en: 'not a regular file (pipe, device…)' },
};

/** Why a file could not be read, in words a partner understands (the system code kept for the unusual ones). */
export function readReason(code: string | undefined): Text {
  return REASONS[code ?? ''] ?? { fr: `erreur système ${code ?? 'inconnue'}`, en: `system error ${code ?? 'unknown'}` };
}
