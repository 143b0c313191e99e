/**
 * What the set-up commands (`edit`, the new flags of `new`, `update` and
 * `meeting record`, `remove`, `rename`, `guide`) say, in French and English,
 * and the journal sentences they write. Templates use `{name}`.
 */
import type { ParamsArgs } from './formatTemplate.js';
import { messageTable } from './messageTable.js';
import type { Text } from './lang.js';
import { SHARED_EDIT_SENTENCES } from './editingMessages.js';
import { NONE_WORD, THING_WORDS } from './vocabulary.js';

const MESSAGES = {
  'kind/convention': { fr: 'la convention', en: 'the convention' },
  'kind/partner': THING_WORDS.partner,
  'kind/axis': THING_WORDS.axis,
  'kind/commitment': THING_WORDS.commitment,
  'kind/meeting': { fr: 'réunion', en: 'meeting' },
  'list/none': NONE_WORD,

  'flag/suggestion': SHARED_EDIT_SENTENCES.didYouMean,
  'flag/empty': {
    fr: '{flag} attend une valeur non vide. Rien n’a été écrit.',
    en: '{flag} expects a non-empty value. Nothing was written.',
  },
  'flag/time': {
    fr: '{flag} attend une heure HH:MM (de 00:00 à 23:59), pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects a time HH:MM (00:00 to 23:59), not "{value}". Nothing was written.',
  },
  'flag/int': {
    fr: '{flag} attend un nombre entier de {min} à {max}, pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects a whole number from {min} to {max}, not "{value}". Nothing was written.',
  },
  'flag/number': {
    fr: '{flag} attend un nombre, pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects a number, not "{value}". Nothing was written.',
  },
  'flag/text-at-date': {
    fr: '{flag} attend « <titre>@<AAAA-MM-JJ> », par exemple « Lancement@2027-03-31 », pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects "<title>@<YYYY-MM-DD>", for example "Launch@2027-03-31", not "{value}". Nothing was written.',
  },
  'flag/value-at-date': {
    fr: '{flag} attend « <valeur>@<AAAA-MM-JJ> », par exemple « 0@2026-01-01 », pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects "<value>@<YYYY-MM-DD>", for example "0@2026-01-01", not "{value}". Nothing was written.',
  },
  'flag/contact': {
    fr: '{flag} attend « <nom> <courriel>[, <fonction>] », par exemple « Marie Dupont marie.dupont@exemple.fr, Chargée de mission », pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects "<name> <email>[, <role>]", for example "Marie Dupont marie.dupont@example.org, Project officer", not "{value}". Nothing was written.',
  },
  'flag/name-email': {
    fr: '{flag} attend « <nom> <courriel> », par exemple « Secrétariat du comité secretariat@exemple.fr », pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects "<name> <email>", for example "Committee secretariat secretariat@example.org", not "{value}". Nothing was written.',
  },
  'flag/twice': {
    fr: '{flag} est donné deux fois pour « {text} ». Rien n’a été écrit.',
    en: '{flag} is given twice for "{text}". Nothing was written.',
  },

  'edit/no-convention': {
    fr: '{folder} n’a pas de convention.yaml lisible. Rien n’a été écrit.',
    en: '{folder} has no readable convention.yaml. Nothing was written.',
  },
  'edit/unknown-id': {
    fr: 'Introuvable : {kind} « {id} »{suggestion}. Rien n’a été écrit.',
    en: 'Not found: {kind} "{id}"{suggestion}. Nothing was written.',
  },
  'edit/unknown-kind': {
    fr: 'Type inconnu « {kind} »{suggestion} : partner, axis, commitment ou meeting.',
    en: 'Unknown kind "{kind}"{suggestion}: partner, axis, commitment or meeting.',
  },
  'edit/unreadable': {
    fr: '{file} ne peut pas être modifié : son YAML est illisible (voir roadmap validate). Rien n’a été écrit.',
    en: '{file} cannot be edited: its YAML does not parse (see roadmap validate). Nothing was written.',
  },
  'edit/nothing': {
    fr: 'Rien à modifier : roadmap {command} --help liste les champs que la commande modifie.',
    en: 'Nothing to change: roadmap {command} --help lists the fields the command changes.',
  },
  'edit/salutation-without-representative': {
    fr: '« {id} » n’a pas de représentant : donnez --representative avec --salutation. Rien n’a été écrit.',
    en: '"{id}" has no representative: give --representative with --salutation. Nothing was written.',
  },
  'edit/unknown-contact': {
    fr: '« {id} » n’a pas de contact « {email} »{suggestion} ; contacts : {known}. Rien n’a été écrit.',
    en: '"{id}" has no contact "{email}"{suggestion}; contacts: {known}. Nothing was written.',
  },
  'edit/contact-exists': {
    fr: '« {id} » a déjà un contact {email}. Rien n’a été écrit ; retirez-le d’abord (--remove-contact {email}).',
    en: '"{id}" already has a contact {email}. Nothing was written; remove it first (--remove-contact {email}).',
  },
  'edit/number-taken': SHARED_EDIT_SENTENCES.axisNumberTaken,
  'edit/binary': { fr: '(image, {bytes} octets)', en: '(image, {bytes} bytes)' },
  'edit/bad-url': {
    fr: '{flag} attend l’adresse du dépôt (https://… ou git@…), pas « {value} ». Rien n’a été écrit.',
    en: '{flag} expects the repository\'s address (https://… or git@…), not "{value}". Nothing was written.',
  },
  'edit/bad-branch': {
    fr: '--branch : « {value} » n’est pas un nom de branche utilisable. Rien n’a été écrit.',
    en: '--branch: "{value}" is not a usable branch name. Nothing was written.',
  },
  'edit/branch-without-repository': {
    fr: '--branch accompagne --repository : la convention n’a pas encore de dépôt. Rien n’a été écrit.',
    en: '--branch goes with --repository: the convention has no repository yet. Nothing was written.',
  },
  'edit/secretariat-first': {
    fr: 'La convention n’a pas encore de secrétariat : donnez d’abord `--secretariat "<nom> <courriel>"`. Rien n’a été écrit.',
    en: 'The convention has no secretariat yet: give --secretariat "<name> <email>" first. Nothing was written.',
  },
  'edit/bad-currency': {
    fr: '--currency attend un code ISO 4217 de trois lettres (EUR, XPF, CHF…), pas « {value} ». Rien n’a été écrit.',
    en: '--currency expects a three-letter ISO 4217 code (EUR, XPF, CHF…), not "{value}". Nothing was written.',
  },
  'edit/bad-tolerance': {
    fr: '--tolerance attend un nombre de points de 0 à 100, pas « {value} ». Rien n’a été écrit.',
    en: '--tolerance expects a number of points from 0 to 100, not "{value}". Nothing was written.',
  },
  'edit/unknown-logo': {
    fr: '--remove-logo : aucun logo « {value} » (logos : {known}). Rien n’a été écrit.',
    en: '--remove-logo: no logo "{value}" (logos: {known}). Nothing was written.',
  },
  'edit/logo-type': {
    fr: '--add-logo : « {value} » n’est pas une image PNG, JPEG ou SVG. Rien n’a été écrit.',
    en: '--add-logo: "{value}" is not a PNG, JPEG or SVG image. Nothing was written.',
  },
  'edit/logo-too-large': {
    fr: '--add-logo : « {value} » dépasse 2 Mo. Rien n’a été écrit.',
    en: '--add-logo: "{value}" is larger than 2 MB. Nothing was written.',
  },
  'edit/logo-unreadable': {
    fr: '--add-logo : « {value} » n’est pas un fichier lisible. Rien n’a été écrit.',
    en: '--add-logo: "{value}" is not a readable file. Nothing was written.',
  },
  'edit/logo-exists': {
    fr: '--add-logo : la convention montre déjà {value}. Rien n’a été écrit.',
    en: '--add-logo: the convention already shows {value}. Nothing was written.',
  },
  'edit/bad-move': {
    fr: '--move-agenda attend <n>:<m> (déplacer le point n à la place m), pas « {value} ». Rien n’a été écrit.',
    en: '--move-agenda expects <n>:<m> (move item n to position m), not "{value}". Nothing was written.',
  },
  'edit/bad-item': {
    fr: '{flag} : « {value} » n’est pas un numéro de point de l’ordre du jour (de 1 à {count}). Rien n’a été écrit.',
    en: '{flag}: "{value}" is not an agenda item number (1 to {count}). Nothing was written.',
  },
  'edit/agenda-flag-first': {
    fr: '{flag} se place après l’--add-agenda qu’il complète. Rien n’a été écrit.',
    en: '{flag} goes after the --add-agenda it belongs to. Nothing was written.',
  },
  'edit/unknown-guest': {
    fr: 'Aucun invité « {name} »{suggestion} ; invités : {known}. Rien n’a été écrit.',
    en: 'No guest "{name}"{suggestion}; guests: {known}. Nothing was written.',
  },

  'write/dry-run': SHARED_EDIT_SENTENCES.dryRun,
  'remove/referenced': {
    fr: '« {id} » ({kind}) est encore cité ({count}) : rien n’a été supprimé. Modifiez ou renommez d’abord ces références :',
    en: '"{id}" ({kind}) is still referred to ({count}): nothing was deleted. Change or rename these references first:',
  },
  'remove/would': { fr: 'Serait supprimé : {file}', en: 'Would delete: {file}' },
  'rename/bad-id': {
    fr: '« {id} » n’est pas un identifiant valide (minuscules, chiffres, tirets) ; essayez « {suggestion} ». Rien n’a été écrit.',
    en: '"{id}" is not a valid id (lowercase letters, digits, hyphens); try "{suggestion}". Nothing was written.',
  },
  'rename/same': {
    fr: 'L’identifiant est déjà « {id} » : rien à renommer.',
    en: 'The id is already "{id}": nothing to rename.',
  },
  'rename/taken': {
    fr: 'L’identifiant « {id} » est déjà pris ({file}). Rien n’a été écrit.',
    en: 'The id "{id}" is taken ({file}). Nothing was written.',
  },

  // Journal sentences `update` writes for its set-up flags when no --note is given.
  'journal/milestone-added': {
    fr: 'Jalon ajouté : {name} (échéance le {due:date})',
    en: 'Milestone added: {name} (due {due:date})',
  },
  'journal/milestone-due-later': {
    fr: 'Jalon « {name} » reporté du {from:date} au {to:date}',
    en: 'Milestone "{name}" postponed from {from:date} to {to:date}',
  },
  'journal/milestone-due-earlier': {
    fr: 'Jalon « {name} » avancé du {from:date} au {to:date}',
    en: 'Milestone "{name}" brought forward from {from:date} to {to:date}',
  },
  'journal/milestone-due-set': {
    fr: 'Échéance du jalon « {name} » fixée au {to:date}',
    en: 'Due date of milestone "{name}" set to {to:date}',
  },
  'journal/indicator-added': { fr: 'Indicateur ajouté : {name}', en: 'Indicator added: {name}' },
  'update/due-and-milestone-due': {
    fr: '--due et --milestone-due font chacun leur entrée de journal : lancez deux commandes. Rien n’a été écrit.',
    en: '--due and --milestone-due each make their own journal entry: run two commands. Nothing was written.',
  },
  'update/bad-milestone-due': {
    fr: '--milestone-due attend <numéro|titre>=<AAAA-MM-JJ>, par exemple 2=2027-06-30, pas « {value} ». Rien n’a été écrit.',
    en: '--milestone-due expects <number|title>=<YYYY-MM-DD>, for example 2=2027-06-30, not "{value}". Nothing was written.',
  },
  'update/same-milestone-due': {
    fr: 'Le jalon « {name} » est déjà dû le {due:date} : rien à reporter.',
    en: 'Milestone "{name}" is already due on {due:date}: nothing to move.',
  },
  'update/later-milestone-due': {
    fr: 'Le journal note déjà un changement d’échéance plus récent du jalon « {name} » (le {date:date}) : datez ce report du {date} ou après. Rien n’a été écrit.',
    en: 'The journal already records a later change of the due date of milestone "{name}" (on {date:date}): date this one {date} or later. Nothing was written.',
  },
  'update/indicator-part-alone': {
    fr: '{flag} accompagne --add-indicator <id>. Rien n’a été écrit.',
    en: '{flag} goes with --add-indicator <id>. Nothing was written.',
  },
  'update/bad-indicator-id': {
    fr: '--add-indicator « {id} » n’est pas un identifiant valide (minuscules, chiffres, tirets) ; essayez « {suggestion} ». Rien n’a été écrit.',
    en: '--add-indicator "{id}" is not a valid id (lowercase letters, digits, hyphens); try "{suggestion}". Nothing was written.',
  },
  'update/indicator-exists': {
    fr: 'L’engagement « {commitment} » a déjà un indicateur « {id} ». Rien n’a été écrit.',
    en: 'Commitment "{commitment}" already has an indicator "{id}". Nothing was written.',
  },
  'update/indicator-missing': {
    fr: 'Il manque {flag} pour ajouter l’indicateur (--add-indicator <id> --label <texte> --baseline <valeur>@<date> --target <valeur>@<date>). Rien n’a été écrit.',
    en: '{flag} is needed to add the indicator (--add-indicator <id> --label <text> --baseline <value>@<date> --target <value>@<date>). Nothing was written.',
  },
  'new/flag-not-for-kind': {
    fr: '{flag} ne s’applique pas à « new {kind} ». Rien n’a été écrit.',
    en: '{flag} does not apply to "new {kind}". Nothing was written.',
  },
  'record/bad-people': {
    fr: '--people attend `<partenaire>="Nom, Nom"`, par exemple `cma="Jeanne Martin, Paul Durand"`, pas « {value} ». Rien n’a été écrit.',
    en: '--people expects <partner>="Name, Name", for example cma="Jeanne Martin, Paul Durand", not "{value}". Nothing was written.',
  },
  'record/people-not-present': {
    fr: '--people : « {id} » n’est pas noté présent{suggestion} ; présents : {present}. Rien n’a été écrit.',
    en: '--people: "{id}" is not recorded present{suggestion}; present: {present}. Nothing was written.',
  },
  'record/not-earlier-meeting': {
    fr: '--approve-minutes : « {id} » n’est pas une réunion tenue avant le {date:date}{suggestion}. Rien n’a été écrit.',
    en: '--approve-minutes: "{id}" is not a meeting held before {date:date}{suggestion}. Nothing was written.',
  },
  'record/minutes-unreadable': {
    fr: '--minutes : « {value} » n’est pas un fichier lisible de moins de 1 Mo. Rien n’a été écrit.',
    en: '--minutes: "{value}" is not a readable file under 1 MB. Nothing was written.',
  },
} as const satisfies Record<string, Text>;

export type SetupMessageKey = keyof typeof MESSAGES;

export type SetupMessageParams<Key extends SetupMessageKey> = ParamsArgs<(typeof MESSAGES)[Key]>;

export const setupMessage = messageTable(MESSAGES);
