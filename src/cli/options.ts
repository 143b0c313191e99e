/**
 * Every flag of every command, once: commander is configured from this
 * table, and `roadmap <command> --help` prints it.
 */
import type { Text } from '../i18n/lang.js';

export interface OptionSpec {
  flags: string;
  description: Text;
}

export const OPTIONS = {
  dir: { flags: '--dir <path>', description: { fr: 'dossier de la feuille de route (par défaut : le dossier le plus proche, d’ici jusqu’à la racine du dépôt git, qui contient convention.yaml ou roadmap/convention.yaml)', en: 'roadmap folder (default: the nearest folder, from here up to the git repository\'s top, that holds convention.yaml or roadmap/convention.yaml)' } },
  asOf: { flags: '--as-of <date>', description: { fr: 'calculer à cette date, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)', en: 'compute as of this date, YYYY-MM-DD (default: today in Europe/Paris)' } },
  lang: { flags: '--lang <lang>', description: { fr: 'langue des messages et des documents : fr ou en (par défaut : celle de la convention)', en: 'language of messages and documents: fr or en (default: the convention\'s language)' } },
  strict: { flags: '--strict', description: { fr: 'sortir avec le code 1 aussi sur les avertissements', en: 'exit 1 on warnings too' } },
  changedSince: { flags: '--changed-since <rev>', description: { fr: 'limiter les vérifications par fichier aux fichiers modifiés depuis cette révision git', en: 'limit per-file checks to files changed since this git revision' } },
  by: { flags: '--by <view>', description: { fr: 'axis, partner, indicator, commitment, funding ou all (all ajoute la couverture axe × partenaire ; en CSV, une seule vue donne un seul tableau)', en: 'axis, partner, indicator, commitment, funding or all (all adds the axis × partner coverage; in CSV, a single view is one table)' } },
  axis: { flags: '--axis <id>', description: { fr: 'seulement cet axe', en: 'only this axis' } },
  partner: { flags: '--partner <id>', description: { fr: 'seulement ce partenaire', en: 'only this partner' } },
  owner: { flags: '--owner <partner>', description: { fr: 'seulement les actions dont ce partenaire est responsable', en: 'only actions owned by this partner' } },
  status: { flags: '--status <status>', description: { fr: 'seulement les actions de ce statut : open, done ou cancelled', en: 'only actions with this status: open, done or cancelled' } },
  overdue: { flags: '--overdue', description: { fr: 'seulement les actions en retard', en: 'only overdue actions' } },
  meeting: { flags: '--meeting <id>', description: { fr: 'la réunion (par défaut : la prochaine prévue à partir de la date de calcul)', en: 'the meeting (default: the next planned one on or after the as-of date)' } },
  out: { flags: '--out <dir>', description: { fr: 'dossier de sortie', en: 'output folder' } },
  pdf: { flags: '--pdf', description: { fr: 'produire aussi un PDF avec un Chromium installé localement', en: 'also render a PDF with a locally installed Chromium' } },
  docx: { flags: '--docx', description: { fr: 'produire aussi un document Word (DOCX) modifiable', en: 'also write an editable Word document (DOCX)' } },
  odt: { flags: '--odt', description: { fr: 'produire aussi un document OpenDocument (ODT) modifiable, pour LibreOffice', en: 'also write an editable OpenDocument text (ODT), for LibreOffice' } },
  chromium: { flags: '--chromium <path>', description: { fr: 'exécutable Chromium pour --pdf (par défaut : $CHROMIUM_PATH, puis les emplacements habituels)', en: 'Chromium executable for --pdf (default: $CHROMIUM_PATH, then the usual system locations)' } },
  since: { flags: '--since <rev>', description: { fr: 'ajouter une section « changements depuis » tirée de cette révision git', en: 'add a "changes since" section built from this git revision' } },
  dryRun: { flags: '--dry-run', description: { fr: 'afficher la modification sous forme de diff unifié sans rien écrire', en: 'print the change as a unified diff and write nothing' } },
  write: { flags: '--write', description: { fr: 'écrire le fichier au lieu de l’afficher', en: 'write the file instead of printing it' } },
  on: { flags: '--on <date>', description: { fr: 'date de la modification, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)', en: 'date of the change, YYYY-MM-DD (default: today in Europe/Paris)' } },
  title: { flags: '--title <text>', description: { fr: 'titre de la nouvelle entité (son identifiant en est tiré)', en: 'title of the new entity (its id is derived from it)' } },
  name: { flags: '--name <text>', description: { fr: 'nom du nouveau partenaire', en: 'name of the new partner' } },
  shortName: { flags: '--short-name <text>', description: { fr: 'nom court du nouveau partenaire', en: 'short name of the new partner' } },
  kind: { flags: '--kind <kind>', description: { fr: 'type du nouveau partenaire ou de la nouvelle réunion', en: 'kind of the new partner or meeting' } },
  role: { flags: '--role <role>', description: { fr: 'rôle du nouveau partenaire : signatory, member, witness ou observer', en: 'role of the new partner: signatory, member, witness or observer' } },
  lead: { flags: '--lead <partner>', description: { fr: 'partenaire pilote du nouvel engagement', en: 'lead partner of the new commitment' } },
  partners: { flags: '--partners <ids>', description: { fr: 'partenaires contributeurs, séparés par des virgules', en: 'contributing partners, comma-separated' } },
  start: { flags: '--start <date>', description: { fr: 'date de début, AAAA-MM-JJ', en: 'start date, YYYY-MM-DD' } },
  due: { flags: '--due <date>', description: { fr: 'échéance, AAAA-MM-JJ', en: 'due date, YYYY-MM-DD' } },
  date: { flags: '--date <date>', description: { fr: 'date de la nouvelle réunion, AAAA-MM-JJ', en: 'date of the new meeting, YYYY-MM-DD' } },
  place: { flags: '--place <text>', description: { fr: 'lieu de la nouvelle réunion', en: 'place of the new meeting' } },
  time: { flags: '--time <HH:MM>', description: { fr: 'heure de début de la nouvelle réunion, heure de Paris (HH:MM)', en: 'start time of the new meeting, Paris time (HH:MM)' } },
  endTime: { flags: '--end-time <HH:MM>', description: { fr: 'heure de fin de la nouvelle réunion, heure de Paris (HH:MM)', en: 'end time of the new meeting, Paris time (HH:MM)' } },
  id: { flags: '--id <id>', description: { fr: 'identifiant explicite au lieu de celui tiré du titre', en: 'explicit id instead of the one derived from the title' } },
  progress: { flags: '--progress <percent>', description: { fr: 'nouvel avancement, de 0 à 100', en: 'new progress, 0 to 100' } },
  milestoneDone: { flags: '--milestone-done <index|title>', description: { fr: 'marquer un jalon comme réalisé (numéro à partir de 1 ou titre)', en: 'mark a milestone done (1-based index or title)' } },
  measure: { flags: '--measure <indicator=value>', description: { fr: 'enregistrer une mesure d’un indicateur', en: 'record a measure of an indicator' } },
  note: { flags: '--note <text>', description: { fr: 'texte de l’entrée de journal', en: 'journal entry text' } },
  shortTitle: { flags: '--short-title <text>', description: { fr: 'titre court du nouvel axe (tableaux et graphiques)', en: 'short title of the new axis (tables and charts)' } },
  number: { flags: '--number <n>', description: { fr: 'numéro du nouvel axe (par défaut : le premier libre)', en: 'number of the new axis (default: the next free one)' } },
  leads: { flags: '--leads <ids>', description: { fr: 'partenaires pilotes du nouvel axe, séparés par des virgules', en: 'lead partners of the new axis, comma-separated' } },
  joinedOn: { flags: '--joined-on <date>', description: { fr: 'date d’entrée du nouveau partenaire, AAAA-MM-JJ', en: 'date the new partner joined, YYYY-MM-DD' } },
  representative: { flags: '--representative <name[, title]>', description: { fr: 'qui représente le nouveau partenaire, par exemple « Jeanne Martin, Présidente »', en: 'who represents the new partner, e.g. "Jeanne Martin, Présidente"' } },
  maintainers: { flags: '--maintainers <handles>', description: { fr: 'comptes ou équipes de la forge git qui approuvent les fichiers du partenaire, séparés par des virgules', en: 'git host handles or teams that approve the partner\'s files, comma-separated' } },
  decision: { flags: '--decision <text>', description: { fr: 'une décision du comité', en: 'a decision of the committee' } },
  source: { flags: '--source <text>', description: { fr: 'd’où vient la mesure (avec --measure)', en: 'where the measure comes from (with --measure)' } },
  present: { flags: '--present <ids>', description: { fr: 'membres du comité présents, identifiants séparés par des virgules', en: 'committee members present, comma-separated partner ids' } },
  excused: { flags: '--excused <ids>', description: { fr: 'membres du comité absents excusés, identifiants séparés par des virgules', en: 'committee members absent with apologies, comma-separated partner ids' } },
  action: { flags: '--action <text>', description: { fr: 'une action décidée en séance, suivie de son --owner et, si besoin, de son --due', en: 'an action decided at the meeting, followed by its --owner and optional --due' } },
  cancelled: { flags: '--cancelled', description: { fr: 'clore comme annulée plutôt que réalisée', en: 'close as cancelled instead of done' } },
  output: { flags: '--output <file>', description: { fr: 'écrire dans ce fichier au lieu de la sortie standard', en: 'write to this file instead of standard output' } },
  signedOn: { flags: '--signed-on <date>', description: { fr: 'date de signature de la convention, AAAA-MM-JJ (par défaut : aujourd’hui)', en: 'date the agreement was signed, YYYY-MM-DD (default: today)' } },
  language: { flags: '--language <lang>', description: { fr: 'langue de la nouvelle feuille de route et des fichiers écrits avec elle : fr ou en (par défaut : --lang, sinon fr)', en: 'language of the new roadmap and of the files written with it: fr or en (default: --lang, else fr)' } },
  ci: { flags: '--ci <host>', description: { fr: 'forge git dont configurer l’intégration continue : github (par défaut) ou gitlab', en: 'git host whose CI to set up: github (default) or gitlab' } },
  install: { flags: '--install <spec>', description: { fr: 'ce que la CI installe avec npm install --global (par défaut : cette version de roadmap-governance) ; une archive, une URL git ou une autre version', en: 'what CI installs with npm install --global (default: this version of roadmap-governance); a tarball, a git URL or another version' } },
  site: { flags: '--site', description: { fr: 'publier aussi le site de la feuille de route depuis la CI (GitHub Pages ou GitLab Pages)', en: 'also publish the roadmap\'s website from CI (GitHub Pages or GitLab Pages)' } },
  baseUrl: { flags: '--base-url <url>', description: { fr: 'adresse publique du site (liens absolus du flux Atom), par exemple https://exemple.github.io/feuille-de-route/', en: 'public address of the site (absolute links in the Atom feed), e.g. https://example.github.io/roadmap/' } },
  debug: { flags: '--debug', description: { fr: 'afficher la pile d’appels des erreurs internes', en: 'print stack traces of internal errors' } },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
