/**
 * What the writing commands (update, new, init, schema, calendar) say to
 * people, in French and English, and the wording of what they write into
 * files (journal entries, calendar summaries). Templates use `{name}`.
 */
import type { ParamsArgs } from './formatTemplate.js';
import { messageTable } from './messageTable.js';
import type { Lang, Text } from './lang.js';

const MESSAGES = {
  // Safe writes (write/safeWrite.ts): every refusal says that nothing was written.
  'write/outside-root': { fr: 'Refus d’écrire {file} : le chemin sort du dossier {root}. Rien n’a été écrit.', en: 'Refusing to write {file}: the path leaves the folder {root}. Nothing was written.' },
  'write/symlink': { fr: 'Refus d’écrire {file} : c’est un lien symbolique. Rien n’a été écrit.', en: 'Refusing to write {file}: it is a symbolic link. Nothing was written.' },
  'write/exists': { fr: '{file} existe déjà et ne sera pas écrasé. Rien n’a été écrit.', en: '{file} already exists and will not be overwritten. Nothing was written.' },
  'write/missing': { fr: '{file} a disparu depuis sa lecture. Rien n’a été écrit.', en: '{file} disappeared after it was read. Nothing was written.' },
  'write/changed-on-disk': { fr: '{file} a été modifié sur le disque pendant la commande. Rien n’a été écrit : relancez-la.', en: '{file} changed on disk while the command ran. Nothing was written: run it again.' },
  'write/read-only': { fr: '{file} est en lecture seule. Rien n’a été écrit : rendez-le modifiable (chmod u+w) ou travaillez sur une copie.', en: '{file} is read-only. Nothing was written: make it writable (chmod u+w) or work on a copy.' },
  'write/not-a-file': { fr: '{file} n’est pas un fichier ordinaire. Rien n’a été écrit.', en: '{file} is not a regular file. Nothing was written.' },
  'write/io': { fr: 'Écriture de {file} impossible ({detail}). Le fichier d’origine est intact.', en: 'Could not write {file} ({detail}). The original file is untouched.' },
  'write/not-ours': { fr: '{file} existe et n’a pas été créé par roadmap : il ne sera pas écrasé. Rien n’a été écrit.', en: '{file} exists and was not made by roadmap: it will not be overwritten. Nothing was written.' },
  'write/done': { fr: 'Écrit : {file}', en: 'Wrote: {file}' },
  'write/dry-run': { fr: '(simulation : rien n’a été écrit)', en: '(dry run: nothing was written)' },
  'write/no-change': { fr: 'Aucun changement : {file} est déjà à jour.', en: 'No change: {file} is already up to date.' },

  'update/unknown-commitment': { fr: 'Aucun engagement « {id} »{suggestion}.', en: 'No commitment "{id}"{suggestion}.' },
  'update/suggestion': { fr: ' (vouliez-vous dire « {id} » ?)', en: ' (did you mean "{id}"?)' },
  'update/nothing': { fr: 'Rien à modifier : indiquez --status, --progress, --milestone-done, --measure ou --note.', en: 'Nothing to change: give --status, --progress, --milestone-done, --measure or --note.' },
  'update/unreadable': { fr: '{file} ne peut pas être modifié : son en-tête YAML est illisible (voir roadmap validate).', en: '{file} cannot be edited: its YAML front matter does not parse (see roadmap validate).' },
  'update/bad-number': { fr: '{flag} attend un nombre, pas « {value} ».', en: '{flag} expects a number, not "{value}".' },
  'update/bad-measure': { fr: '--measure attend <indicateur>=<valeur>, par exemple creations=210, pas « {value} ».', en: '--measure expects <indicator>=<value>, for example creations=210, not "{value}".' },
  'update/unknown-indicator': { fr: 'L’engagement « {id} » n’a pas d’indicateur « {name} » (indicateurs : {known}).', en: 'Commitment "{id}" has no indicator "{name}" (indicators: {known}).' },
  'update/unknown-milestone': { fr: 'L’engagement « {id} » n’a pas de jalon « {name} » (jalons : {known}).', en: 'Commitment "{id}" has no milestone "{name}" (milestones: {known}).' },
  'update/milestone-done': { fr: 'Le jalon « {name} » est déjà réalisé (le {date}).', en: 'Milestone "{name}" is already done (on {date}).' },
  'update/none': { fr: 'aucun', en: 'none' },

  // Journal entries written by `update` when no --note is given.
  'journal/status': { fr: 'Statut : {from} → {to}', en: 'Status: {from} → {to}' },
  'journal/progress': { fr: 'Avancement : {value} %', en: 'Progress: {value}%' },
  'journal/milestone': { fr: 'Jalon réalisé : {name}', en: 'Milestone done: {name}' },
  'journal/measure': { fr: 'Mesure {name} : {value}', en: 'Measure {name}: {value}' },
  'journal/separator': { fr: ' ; ', en: '; ' },

  'new/unknown-kind': { fr: 'Type inconnu « {kind} » : commitment, meeting ou partner.', en: 'Unknown kind "{kind}": commitment, meeting or partner.' },
  'new/missing-flag': { fr: 'Il manque {flag} pour créer {what}.', en: '{flag} is needed to create {what}.' },
  'new/id-taken': { fr: 'L’identifiant « {id} » est déjà pris ({file}). Rien n’a été écrit ; choisissez-en un autre, par exemple --id {free}.', en: 'The id "{id}" is taken ({file}). Nothing was written; choose another one, for example --id {free}.' },
  'new/bad-id': { fr: '--id « {id} » n’est pas un identifiant valide (minuscules, chiffres, tirets) ; essayez « {suggestion} ».', en: '--id "{id}" is not a valid id (lowercase letters, digits, hyphens); try "{suggestion}".' },

  'scaffold/commitment-body': { fr: 'Décrivez ici l’engagement : ce qui sera fait, pour qui, avec quels moyens.', en: 'Describe the commitment here: what will be done, for whom, with what resources.' },
  'scaffold/meeting-body': { fr: 'Compte rendu à rédiger après la réunion.', en: 'Minutes to be written after the meeting.' },

  'init/replace-me': { fr: 'Squelette créé par roadmap init : remplacez les valeurs d’exemple.', en: 'Skeleton made by roadmap init: replace the example values.' },
  'init/convention-title': { fr: 'Convention de partenariat', en: 'Partnership agreement' },
  'init/committee': { fr: 'Comité de pilotage', en: 'Steering committee' },
  'init/partner-name': { fr: 'Territoire chef de file', en: 'Lead territory' },
  'init/partner-short-name': { fr: 'Territoire', en: 'Territory' },
  'init/maintainers': { fr: '@organisation/equipe', en: '@organisation/team' },
  'init/axis-title': { fr: 'Premier axe stratégique', en: 'First strategic axis' },
  'init/axis-short-title': { fr: 'Axe 1', en: 'Axis 1' },
  'init/axis-body': { fr: 'Décrivez ici l’axe : son ambition, ce qui relève de lui.', en: 'Describe the axis here: its ambition, what falls under it.' },
  'init/not-a-folder': { fr: '{dir} existe et n’est pas un dossier. Rien n’a été écrit.', en: '{dir} exists and is not a folder. Nothing was written.' },
  'init/not-empty': { fr: '{dir} n’est pas vide : init ne crée un squelette que dans un dossier vide ou absent. Rien n’a été écrit.', en: '{dir} is not empty: init only creates a skeleton in an empty or absent folder. Nothing was written.' },
  'init/done': {
    fr: 'Squelette créé dans {dir}. Vérifiez-le : roadmap validate --dir {dir}\nLe workflow d’intégration continue est dans {dir}/.github/workflows/roadmap.yml : copiez-le dans .github/workflows/ à la racine du dépôt.',
    en: 'Skeleton created in {dir}. Check it: roadmap validate --dir {dir}\nThe CI workflow is in {dir}/.github/workflows/roadmap.yml: copy it to .github/workflows/ at the root of the repository.',
  },

  'schema/settings-not-json': {
    fr: '{file} n’est pas du JSON strict (des commentaires ?) : il n’a pas été modifié. Ajoutez-y vous-même :\n{snippet}',
    en: '{file} is not strict JSON (comments?): it was left as is. Add this yourself:\n{snippet}',
  },
  'schema/modeline': {
    fr: 'Pour l’en-tête des fichiers .md (que l’extension YAML ne lie pas toute seule), ajoutez cette ligne juste après le premier --- :',
    en: 'For the front matter of .md files (which the YAML extension does not bind by itself), add this line right after the first ---:',
  },

  'calendar/name': { fr: 'Feuille de route — {title}', en: 'Roadmap — {title}' },
  'calendar/due': { fr: 'Échéance : {title}', en: 'Due: {title}' },
  'calendar/milestone': { fr: 'Jalon : {name} — {title}', en: 'Milestone: {name} — {title}' },
  'calendar/commitment': { fr: 'Pilote : {lead}. Axe : {axis}. Statut : {status}.', en: 'Lead: {lead}. Axis: {axis}. Status: {status}.' },
  'calendar/meeting': { fr: 'Réunion, statut : {status}.', en: 'Meeting, status: {status}.' },
  'calendar/milestone-done': { fr: 'Réalisé le {date}.', en: 'Done on {date}.' },
  'calendar/action': { fr: 'Action : {text}', en: 'Action: {text}' },
  'calendar/action-owner': { fr: 'Responsable : {owner}. Décidée en réunion : {meeting}. Statut : {status}.', en: 'Owner: {owner}. Decided at: {meeting}. Status: {status}.' },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** The parameters a message needs after its language (none, or every placeholder). */
export type MessageParams<Key extends MessageKey> = ParamsArgs<(typeof MESSAGES)[Key]>;

const STATUS_LABELS: Record<string, Text> = {
  planned: { fr: 'prévu', en: 'planned' },
  in_progress: { fr: 'en cours', en: 'in progress' },
  blocked: { fr: 'bloqué', en: 'blocked' },
  done: { fr: 'réalisé', en: 'done' },
  cancelled: { fr: 'abandonné', en: 'cancelled' },
  held: { fr: 'tenue', en: 'held' },
  open: { fr: 'ouverte', en: 'open' },
};

export const message = messageTable(MESSAGES);

/** A commitment or meeting status as people say it; unknown values are shown as written. */
export function statusLabel(status: string, lang: Lang): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}
