/** The command line's own words (help titles, commander's errors, flag checks), in French and English. */
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';

const MESSAGES = {
  program: {
    fr: 'Tenir la gouvernance d’un partenariat dans git : valider, rendre compte, préparer le comité.',
    en: 'Keep a partnership’s governance in git: validate, report, brief.',
  },
  'help/usage': { fr: 'Utilisation :', en: 'Usage:' },
  'help/options': { fr: 'Options :', en: 'Options:' },
  'help/global-options': { fr: 'Options générales :', en: 'Global options:' },
  'help/commands': { fr: 'Commandes :', en: 'Commands:' },
  'help/arguments': { fr: 'Arguments :', en: 'Arguments:' },
  'help/help': { fr: 'afficher l’aide de la commande', en: 'display help for command' },
  'help/help-command': { fr: 'afficher l’aide d’une commande', en: 'display help for a command' },
  'help/version': { fr: 'afficher le numéro de version', en: 'output the version number' },
  'option/format': {
    fr: 'format de sortie : {choices} (par défaut : {default})',
    en: 'output format: {choices} (default: {default})',
  },

  'error/unknown-option': { fr: 'option inconnue : {flag}{suggestion}', en: 'unknown option: {flag}{suggestion}' },
  'error/unknown-command': {
    fr: 'commande inconnue : « {name} »{suggestion}',
    en: 'unknown command: "{name}"{suggestion}',
  },
  'error/commands': { fr: ' ; les commandes sont : {list}', en: '; the commands are: {list}' },
  'error/missing-argument': {
    fr: 'argument manquant : {name} (voir « roadmap {command} --help »)',
    en: 'missing argument: {name} (see "roadmap {command} --help")',
  },
  'error/option-missing-argument': { fr: 'l’option {flag} attend une valeur', en: 'option {flag} needs a value' },
  'error/excess-arguments': {
    fr: 'trop d’arguments pour « roadmap {command} » : {expected} attendu(s), {received} donné(s)',
    en: 'too many arguments for "roadmap {command}": {expected} expected, {received} given',
  },
  'error/internal': {
    fr: 'erreur interne : {detail}{hint}',
    en: 'internal error: {detail}{hint}',
  },
  'error/internal-hint': { fr: ' (relancez avec --debug pour le détail)', en: ' (run again with --debug for details)' },
} satisfies Record<string, Text>;

export type CliMessageKey = keyof typeof MESSAGES;

export const cliMessage = messageTable(MESSAGES);
