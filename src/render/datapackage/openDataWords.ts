/** What `export` and `portfolio` say and write, in French and English. */
import type { Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';

export const openDataWord = messageTable({
  packageDescription: {
    fr: 'Données ouvertes de la convention « {title} », produites par roadmap à partir des fichiers de son dépôt. Les colonnes as_of_ sont calculées au {date}. Les coordonnées des contacts ne sont jamais publiées. Une cellule de texte qui commence par une apostrophe en a reçu une de plus pour qu’un tableur ne l’exécute pas comme une formule : retirez une apostrophe initiale pour retrouver le texte exact.',
    en: 'Open data of the convention "{title}", made by roadmap from the files of its repository. The as_of_ columns are computed as of {date}. Contacts’ details are never published. A text cell that begins with an apostrophe got one more so that a spreadsheet does not run it as a formula: remove one leading apostrophe to get the exact text.',
  },
  outInsideRoadmap: {
    fr: 'Le dossier de sortie {dir} est dans le dossier de la feuille de route : choisissez-en un autre avec --out.',
    en: 'The output folder {dir} is inside the roadmap folder: choose another one with --out.',
  },
  outRequired: {
    fr: 'Indiquez le dossier où écrire le paquet de données avec --out <dossier>.',
    en: 'Give the folder to write the data package to with --out <folder>.',
  },
} as const satisfies Record<string, Text>);
