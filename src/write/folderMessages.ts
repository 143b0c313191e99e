/** Why a folder could not be created, in plain words (French and English). */
import type { Lang, Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';
import { UsageError } from '../io/io.js';
import { IS_A_FOLDER } from '../read/readReason.js';
import { echoArgument } from '../util/echoArgument.js';
import type { FolderFailure } from './ensureFolder.js';

const MESSAGES = {
  refused: {
    fr: 'Impossible de créer le dossier {dir} : {reason}. Rien n’a été écrit.',
    en: 'Cannot create the folder {dir}: {reason}. Nothing was written.',
  },
  permission: { fr: 'vous n’avez pas le droit d’écrire à cet endroit', en: 'you are not allowed to write there' },
  'read-only': { fr: 'le disque est en lecture seule', en: 'the disk is read-only' },
  'file-in-the-way': { fr: 'un fichier porte déjà ce nom', en: 'a file already has that name' },
  'not-a-folder-in-path': {
    fr: 'un élément du chemin est un fichier, pas un dossier',
    en: 'part of the path is a file, not a folder',
  },
  'broken-link': {
    fr: 'le chemin passe par un lien symbolique qui ne mène nulle part',
    en: 'the path goes through a symbolic link that leads nowhere',
  },
  'cannot-hold-folders': {
    fr: 'cet emplacement n’accepte pas de nouveaux dossiers',
    en: 'that place does not accept new folders',
  },
  io: { fr: 'le système a refusé ({detail})', en: 'the system refused ({detail})' },
  missing: { fr: 'le dossier n’existe pas', en: 'the folder does not exist' },
  full: { fr: 'le disque est plein', en: 'the disk is full' },
  'is-a-folder': IS_A_FOLDER,
  'not-a-file': { fr: 'ce n’est pas un fichier ordinaire', en: 'it is not a regular file' },
} satisfies Record<FolderFailure | 'refused' | 'missing' | 'full' | 'is-a-folder' | 'not-a-file', Text>;

/** The system's error codes people meet when writing, in words. */
const CODES: Readonly<Record<string, keyof typeof MESSAGES>> = {
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  ENOTDIR: 'not-a-folder-in-path',
  ELOOP: 'broken-link',
  ENOENT: 'missing',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EISDIR: 'is-a-folder',
  EEXIST: 'file-in-the-way',
  ENXIO: 'not-a-file',
};

/** A write's failure detail (a folder failure or a system code) as words; an unknown code stays as written, inside the "system refused" words. */
export function plainCause(detail: string, lang: Lang): string {
  const key = (detail in MESSAGES ? detail : CODES[detail]) as keyof typeof MESSAGES | undefined;
  return key && key !== 'refused'
    ? folderMessage(key, lang, { detail: '' })
    : folderMessage('io', lang, { detail: echoArgument(detail) });
}

const folderMessage = messageTable(MESSAGES);

/** The refused write (exit 2) when the folder `dir` is not one or could not be made. */
export function folderRefusal(reason: FolderFailure, dir: string, lang: Lang): UsageError {
  return new UsageError(
    folderMessage('refused', lang, {
      dir: echoArgument(dir),
      reason: folderMessage(reason, lang, { detail: echoArgument(dir) }),
    }),
  );
}
