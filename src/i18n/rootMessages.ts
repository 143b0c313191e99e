/** What commands say when they cannot find, or cannot open, the roadmap folder. */
import { messageTable } from './messageTable.js';
import type { Text } from './lang.js';

export const rootMessage = messageTable({
  'root/not-found-in-repository': {
    fr: 'Aucune feuille de route trouvée : ni convention.yaml ni roadmap/convention.yaml dans {cwd} ou ses dossiers parents jusqu’à la racine du dépôt git ({top}). Indiquez le dossier avec --dir <dossier>, ou créez-en une avec roadmap init.',
    en: 'No roadmap found: no convention.yaml or roadmap/convention.yaml in {cwd} or the folders above it up to the top of the git repository ({top}). Name the folder with --dir <folder>, or create one with roadmap init.',
  },
  'root/not-found': {
    fr: 'Aucune feuille de route trouvée : ni convention.yaml ni roadmap/convention.yaml dans {cwd} ou ses dossiers parents. Indiquez le dossier avec --dir <dossier>, ou créez-en une avec roadmap init.',
    en: 'No roadmap found: no convention.yaml or roadmap/convention.yaml in {cwd} or the folders above it. Name the folder with --dir <folder>, or create one with roadmap init.',
  },
  'root/dir-missing': {
    fr: '--dir {dir} : ce dossier n’existe pas.',
    en: '--dir {dir}: no such folder.',
  },
  'root/dir-not-folder': {
    fr: '--dir {dir} : ce n’est pas un dossier.',
    en: '--dir {dir}: not a folder.',
  },
} satisfies Record<string, Text>);
