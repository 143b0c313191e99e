/**
 * What the writing commands (update, new, init, schema, calendar) say to
 * people, in French and English, and the wording of what they write into
 * files (journal entries, calendar summaries). Templates use `{name}`.
 */
import type { ParamsArgs } from './formatTemplate.js';
import { messageTable } from './messageTable.js';
import type { Lang, Text } from './lang.js';
import { NONE_WORD } from './vocabulary.js';

/** Sentences the set-up commands say too (setupMessages.ts), written once here. */
export const SHARED_EDIT_SENTENCES = {
  dryRun: { fr: '(simulation : rien n’a été écrit)', en: '(dry run: nothing was written)' },
  didYouMean: { fr: ' (vouliez-vous dire « {id} » ?)', en: ' (did you mean "{id}"?)' },
  axisNumberTaken: {
    fr: 'Le numéro {number} est déjà celui de l’axe « {id} ». Rien n’a été écrit ; le prochain numéro libre est {free}.',
    en: 'Number {number} is already axis "{id}"\'s. Nothing was written; the next free number is {free}.',
  },
} as const satisfies Record<string, Text>;

const MESSAGES = {
  // Safe writes (write/safeWrite.ts): every refusal says that nothing was written.
  'write/outside-root': {
    fr: 'Refus d’écrire {file} : le chemin sort du dossier {root}. Rien n’a été écrit.',
    en: 'Refusing to write {file}: the path leaves the folder {root}. Nothing was written.',
  },
  'write/symlink': {
    fr: 'Refus d’écrire {file} : c’est un lien symbolique. Rien n’a été écrit.',
    en: 'Refusing to write {file}: it is a symbolic link. Nothing was written.',
  },
  'write/exists': {
    fr: '{file} existe déjà et ne sera pas écrasé. Rien n’a été écrit.',
    en: '{file} already exists and will not be overwritten. Nothing was written.',
  },
  'write/missing': {
    fr: '{file} a disparu depuis sa lecture. Rien n’a été écrit.',
    en: '{file} disappeared after it was read. Nothing was written.',
  },
  'write/changed-on-disk': {
    fr: '{file} a été modifié sur le disque pendant la commande. Rien n’a été écrit : relancez-la.',
    en: '{file} changed on disk while the command ran. Nothing was written: run it again.',
  },
  'write/read-only': {
    fr: '{file} est en lecture seule. Rien n’a été écrit : rendez-le modifiable (chmod u+w) ou travaillez sur une copie.',
    en: '{file} is read-only. Nothing was written: make it writable (chmod u+w) or work on a copy.',
  },
  'write/not-a-file': {
    fr: '{file} n’est pas un fichier ordinaire. Rien n’a été écrit.',
    en: '{file} is not a regular file. Nothing was written.',
  },
  'write/busy': {
    fr: 'Une autre commande roadmap écrit en ce moment dans {root} (verrou {file}). Rien n’a été écrit : relancez quand elle aura fini.',
    en: 'Another roadmap command is writing into {root} right now (lock {file}). Nothing was written: run it again once it has finished.',
  },
  'write/io': {
    fr: 'Écriture de {file} impossible ({detail}). Le fichier d’origine est intact.',
    en: 'Could not write {file} ({detail}). The original file is untouched.',
  },
  'write/not-ours': {
    fr: '{file} existe et n’a pas été créé par roadmap : il ne sera pas écrasé. Rien n’a été écrit.',
    en: '{file} exists and was not made by roadmap: it will not be overwritten. Nothing was written.',
  },
  'write/forbidden': {
    fr: 'Refus d’écrire dans {root} : ce dossier se trouve dans {holder}, que roadmap lit ou que git tient (un lien symbolique peut y mener). Rien n’a été écrit : choisissez un autre dossier.',
    en: 'Refusing to write into {root}: that folder lies inside {holder}, which roadmap reads or git keeps (a symbolic link may lead there). Nothing was written: choose another folder.',
  },
  'write/stopped': {
    fr: 'Écriture de {file} impossible ({detail}). Les fichiers écrits avant l’arrêt ({count}) restent en place et sont notés comme produits par roadmap : relancez la commande une fois la cause corrigée, elle complétera le dossier.',
    en: 'Could not write {file} ({detail}). The files written before it stopped ({count}) stay in place and are recorded as made by roadmap: run the command again once the cause is fixed, and it will complete the folder.',
  },
  'write/summary-failed': {
    fr: 'Le résumé de l’étape n’a pas pu être écrit dans {file} ({detail}) ; les diagnostics ci-dessus restent valables.',
    en: 'The step summary could not be written to {file} ({detail}); the diagnostics above still stand.',
  },
  'write/done': { fr: 'Écrit : {file}', en: 'Wrote: {file}' },
  'write/removed': { fr: 'Supprimé : {file}', en: 'Deleted: {file}' },
  'write/remove-failed': {
    fr: '{file} n’a pas pu être supprimé (modifié pendant la commande, ou protégé). Relancez la commande.',
    en: '{file} could not be deleted (changed while the command ran, or protected). Run the command again.',
  },
  'write/dry-run': SHARED_EDIT_SENTENCES.dryRun,
  'write/would-create': { fr: 'Serait écrit : {file}', en: 'Would write: {file}' },
  'write/would-replace': {
    fr: 'Serait remplacé : {file} (version précédente produite par roadmap)',
    en: 'Would replace: {file} (an earlier version made by roadmap)',
  },
  'write/no-change': {
    fr: 'Aucun changement : {file} est déjà à jour.',
    en: 'No change: {file} is already up to date.',
  },

  'update/unknown-commitment': {
    fr: 'Aucun engagement « {id} »{suggestion}.',
    en: 'No commitment "{id}"{suggestion}.',
  },
  'update/suggestion': SHARED_EDIT_SENTENCES.didYouMean,
  'update/nothing': {
    fr: 'Rien à modifier : indiquez --status, --progress, --due, --milestone-done, --milestone-due, --add-milestone, --measure, --add-indicator, --cost, --funder, --committed, --paid ou --note.',
    en: 'Nothing to change: give --status, --progress, --due, --milestone-done, --milestone-due, --add-milestone, --measure, --add-indicator, --cost, --funder, --committed, --paid or --note.',
  },
  'update/unreadable': {
    fr: '{file} ne peut pas être modifié : son en-tête YAML est illisible (voir roadmap validate).',
    en: '{file} cannot be edited: its YAML front matter does not parse (see roadmap validate).',
  },
  'update/bad-measure': {
    fr: '--measure attend <indicateur>=<valeur>, par exemple creations=210, pas « {value} ».',
    en: '--measure expects <indicator>=<value>, for example creations=210, not "{value}".',
  },
  'update/unknown-indicator': {
    fr: 'L’engagement « {id} » n’a pas d’indicateur « {name} » (indicateurs : {known}).',
    en: 'Commitment "{id}" has no indicator "{name}" (indicators: {known}).',
  },
  'update/unknown-milestone': {
    fr: 'L’engagement « {id} » n’a pas de jalon « {name} » (jalons : {known}).',
    en: 'Commitment "{id}" has no milestone "{name}" (milestones: {known}).',
  },
  'update/milestone-done': {
    fr: 'Le jalon « {name} » est déjà réalisé (le {date}).',
    en: 'Milestone "{name}" is already done (on {date}).',
  },
  'update/none': NONE_WORD,
  'update/ambiguous-milestone': {
    fr: 'L’engagement « {id} » a plusieurs jalons intitulés « {name} » ({known}) : désignez-le par son numéro, par exemple --milestone-done {first}.',
    en: 'Commitment "{id}" has several milestones titled "{name}" ({known}): name it by its number, for example --milestone-done {first}.',
  },
  'update/same-due': {
    fr: 'L’échéance de « {id} » est déjà le {due:date} : rien à reporter.',
    en: 'The due date of "{id}" is already {due:date}: nothing to move.',
  },
  'update/source-without-measure': {
    fr: '--source accompagne --measure : il indique d’où vient la mesure.',
    en: '--source goes with --measure: it says where the measure comes from.',
  },
  'update/unknown-decision': {
    fr: 'Aucune décision « {id} » dans les réunions{suggestion}. Les identifiants des décisions figurent dans les fichiers de meetings/ (roadmap meeting record les affiche).',
    en: 'No decision "{id}" in the meetings{suggestion}. Decision ids are in the files of meetings/ (roadmap meeting record prints them).',
  },
  'update/decision-later': {
    fr: 'La décision « {id} » a été prise le {date:date}, après la date du changement ({on:date}) : indiquez --on {date} ou une date postérieure.',
    en: 'Decision "{id}" was taken on {date:date}, after the date of the change ({on:date}): give --on {date} or a later date.',
  },
  'update/one-decision': {
    fr: '--decision ne peut être donné qu’une fois pour un changement.',
    en: '--decision can be given only once for a change.',
  },
  'update/later-status': {
    fr: 'Le journal de « {id} » note déjà un changement de statut plus récent (le {date:date}) : un statut daté du {on:date} serait aussitôt dépassé. Rien n’a été écrit ; datez le changement du {date} ou après.',
    en: 'The journal of "{id}" already records a later change of status (on {date:date}): a status dated {on:date} would be superseded at once. Nothing was written; date the change {date} or later.',
  },
  'update/later-due': {
    fr: 'Le journal de « {id} » note déjà un changement d’échéance plus récent (le {date:date}) : datez ce report du {date} ou après.',
    en: 'The journal of "{id}" already records a later change of due date (on {date:date}): date this one {date} or later.',
  },
  'date/after-today': {
    fr: 'Refus : {flag} vaut le {value:date}, après aujourd’hui ({today:date}) ; un fait ne s’enregistre qu’une fois survenu. Rien n’a été écrit.',
    en: 'Refused: {flag} is {value:date}, after today ({today:date}); a fact is recorded only once it has happened. Nothing was written.',
  },

  'close/unknown-action': {
    fr: 'Aucune action « {id} » dans les réunions{suggestion}. roadmap actions les liste toutes.',
    en: 'No action "{id}" in the meetings{suggestion}. roadmap actions lists them all.',
  },
  'close/already-closed': {
    fr: 'L’action « {id} » est déjà close ({status}, le {date:date}). Rien n’a été écrit.',
    en: 'Action "{id}" is already closed ({status}, on {date:date}). Nothing was written.',
  },
  'close/before-meeting': {
    fr: 'L’action « {id} » a été décidée le {date:date} : elle ne peut pas être close avant (--on {on}). Rien n’a été écrit.',
    en: 'Action "{id}" was decided on {date:date}: it cannot be closed before that (--on {on}). Nothing was written.',
  },

  'record/unknown-meeting': { fr: 'Aucune réunion « {id} »{suggestion}.', en: 'No meeting "{id}"{suggestion}.' },
  'record/cancelled': {
    fr: 'La réunion « {id} » est annulée (status: cancelled) : elle ne peut pas être enregistrée comme tenue. Rien n’a été écrit.',
    en: 'Meeting "{id}" is cancelled (status: cancelled): it cannot be recorded as held. Nothing was written.',
  },
  'record/in-future': {
    fr: 'Refus : la réunion « {id} » est datée du {date:date}, après aujourd’hui ({today:date}) ; elle ne s’enregistre qu’une fois tenue. Rien n’a été écrit.',
    en: 'Refused: meeting "{id}" is dated {date:date}, after today ({today:date}); it is recorded only once held. Nothing was written.',
  },
  'record/no-attendance': {
    fr: 'Indiquez qui était là : --present <ids> (et --excused <ids>), parmi les membres du comité au {date:date} : {members}.',
    en: 'Say who attended: --present <ids> (and --excused <ids>), among the committee members on {date:date}: {members}.',
  },
  'record/not-a-member': {
    fr: '{flag} : « {id} » n’est pas membre du comité au {date:date}{suggestion} ; membres : {members}.',
    en: '{flag}: "{id}" is not a committee member on {date:date}{suggestion}; members: {members}.',
  },
  'record/present-and-excused': {
    fr: '« {id} » ne peut pas être à la fois présent (--present) et excusé (--excused).',
    en: '"{id}" cannot be both present (--present) and excused (--excused).',
  },
  'record/nothing': {
    fr: 'La réunion « {id} » est déjà enregistrée comme tenue : indiquez --present, --excused, --decision ou --action pour la compléter.',
    en: 'Meeting "{id}" is already recorded as held: give --present, --excused, --decision or --action to complete it.',
  },
  'record/flag-before-action': {
    fr: '{flag} se place après l’--action qu’il complète : --action <texte> --owner <partenaire> [--due <date>].',
    en: '{flag} goes after the --action it belongs to: --action <text> --owner <partner> [--due <date>].',
  },
  'record/flag-twice': {
    fr: '{flag} est donné deux fois pour l’action « {text} ».',
    en: '{flag} is given twice for the action "{text}".',
  },
  'record/empty-action': {
    fr: '--action attend le texte de l’action.',
    en: '--action expects the text of the action.',
  },
  'record/action-without-owner': {
    fr: 'L’action « {text} » n’a pas de responsable : ajoutez --owner <partenaire> juste après elle.',
    en: 'The action "{text}" has no owner: add --owner <partner> right after it.',
  },
  'record/unknown-owner': {
    fr: '--owner : aucun partenaire « {owner} »{suggestion}.',
    en: '--owner: no partner "{owner}"{suggestion}.',
  },
  'record/already-recorded': {
    fr: 'Déjà consignée dans la réunion, non ajoutée une seconde fois : {id} — {text}',
    en: 'Already recorded in the meeting, not added a second time: {id} — {text}',
  },
  'record/decision': { fr: 'Décision {id} : {text}', en: 'Decision {id}: {text}' },
  'record/action': { fr: 'Action {id} ({owner}) : {text}', en: 'Action {id} ({owner}): {text}' },

  // Journal entries written by `update` when no --note is given.
  'journal/status': { fr: 'Statut : {from} → {to}', en: 'Status: {from} → {to}' },
  'journal/progress': { fr: 'Avancement : {value} %', en: 'Progress: {value}%' },
  'journal/milestone': { fr: 'Jalon réalisé : {name}', en: 'Milestone done: {name}' },
  'journal/measure': { fr: 'Mesure « {name} » : {value}', en: 'Measure “{name}”: {value}' },
  // What `update` wrote before 0.2.0 (the indicator's id): still recognised, so a journal keeps each fact once.
  'journal/measure-by-id': { fr: 'Mesure {name} : {value}', en: 'Measure {name}: {value}' },
  'journal/due-later': {
    fr: 'Échéance reportée du {from:date} au {to:date}',
    en: 'Due date postponed from {from:date} to {to:date}',
  },
  'journal/due-earlier': {
    fr: 'Échéance avancée du {from:date} au {to:date}',
    en: 'Due date brought forward from {from:date} to {to:date}',
  },
  'journal/due-set': { fr: 'Échéance fixée au {to:date}', en: 'Due date set to {to:date}' },
  'journal/separator': { fr: ' ; ', en: '; ' },

  'new/unknown-kind': {
    fr: 'Type inconnu « {kind} » : commitment, meeting, partner ou axis.',
    en: 'Unknown kind "{kind}": commitment, meeting, partner or axis.',
  },
  'new/number-taken': SHARED_EDIT_SENTENCES.axisNumberTaken,
  'new/missing-flag': { fr: 'Il manque {flag} pour créer {what}.', en: '{flag} is needed to create {what}.' },
  'new/id-taken': {
    fr: 'L’identifiant « {id} » est déjà pris ({file}). Rien n’a été écrit ; choisissez-en un autre, par exemple --id {free}.',
    en: 'The id "{id}" is taken ({file}). Nothing was written; choose another one, for example --id {free}.',
  },
  'new/end-before-start': {
    fr: '--end-time {end} ne vient pas après --time {time} : une réunion finit après avoir commencé. Rien n’a été écrit.',
    en: '--end-time {end} does not come after --time {time}: a meeting ends after it starts. Nothing was written.',
  },
  'new/bad-id': {
    fr: '--id « {id} » n’est pas un identifiant valide (minuscules, chiffres, tirets) ; essayez « {suggestion} ».',
    en: '--id "{id}" is not a valid id (lowercase letters, digits, hyphens); try "{suggestion}".',
  },

  'scaffold/commitment-body': {
    fr: 'Décrivez ici l’engagement : ce qui sera fait, pour qui, avec quels moyens.',
    en: 'Describe the commitment here: what will be done, for whom, with what resources.',
  },
  'scaffold/meeting-body': {
    fr: 'Compte rendu à rédiger après la réunion.',
    en: 'Minutes to be written after the meeting.',
  },
  'scaffold/axis-body': {
    fr: 'Décrivez ici l’axe : son ambition, ce qui relève de lui.',
    en: 'Describe the axis here: its ambition, what falls under it.',
  },

  'schema/settings-not-json': {
    fr: '{file} n’est pas du JSON strict (des commentaires ?) : il n’a pas été modifié. Ajoutez-y vous-même :\n{snippet}',
    en: '{file} is not strict JSON (comments?): it was left as is. Add this yourself:\n{snippet}',
  },
  'schema/modeline': {
    fr:
      'Les fichiers .yaml (convention, partenaires) ont maintenant le survol, la complétion et les messages en français dans VS Code et github.dev. ' +
      'L’en-tête des fichiers .md (axes, engagements, réunions) n’en a pas : l’extension YAML n’ouvre pas les fichiers markdown, et aucune ligne ajoutée n’y change rien. ' +
      'Pour ces fichiers, l’aide est la vérification de la demande de fusion (annotations sur les lignes, résumé en français), `roadmap explain <règle>` et le guide du partenaire, qui reprend la description de chaque champ. ' +
      'Les éditeurs qui confient l’en-tête à yaml-language-server (configurés à la main) lisent cette ligne, à mettre juste après le premier --- :',
    en:
      'The .yaml files (convention, partners) now get hover, completion and messages in VS Code and github.dev. ' +
      'The front matter of .md files (axes, commitments, meetings) does not: the YAML extension does not open markdown files, and no added line changes that. ' +
      'For those files, help is the pull request check (annotations on the lines, summary), `roadmap explain <rule>` and the partner guide, which gives every field’s description. ' +
      'Editors that hand the front matter to yaml-language-server (set up by hand) read this line, to put right after the first ---:',
  },

  'calendar/name': { fr: 'Feuille de route — {title}', en: 'Roadmap — {title}' },
  'calendar/due': { fr: 'Échéance : {title}', en: 'Due: {title}' },
  'calendar/milestone': { fr: 'Jalon : {name} — {title}', en: 'Milestone: {name} — {title}' },
  'calendar/commitment': {
    fr: 'Pilote : {lead}. Axe : {axis}. Statut : {status}.',
    en: 'Lead: {lead}. Axis: {axis}. Status: {status}.',
  },
  'calendar/meeting': { fr: 'Réunion, statut : {status}.', en: 'Meeting, status: {status}.' },
  'calendar/milestone-done': { fr: 'Réalisé le {date}.', en: 'Done on {date}.' },
  'calendar/action': { fr: 'Action : {text}', en: 'Action: {text}' },
  'calendar/action-owner': {
    fr: 'Responsable : {owner}. Décidée en réunion : {meeting}. Statut : {status}.',
    en: 'Owner: {owner}. Decided at: {meeting}. Status: {status}.',
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** The parameters a message needs after its language (none, or every placeholder). */
export type MessageParams<Key extends MessageKey> = ParamsArgs<(typeof MESSAGES)[Key]>;

export const message = messageTable(MESSAGES);

/** The journal's sentence for a measure, as `update` writes it: « Mesure « Créations » : 212.5 entreprises ». */
export function measureSentence(label: string, value: number, unit: string | null, lang: Lang): string {
  return message('journal/measure', lang, { name: label, value: unit ? `${value} ${unit}` : String(value) });
}
