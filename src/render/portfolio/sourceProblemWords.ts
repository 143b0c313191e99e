/** One line per bad source of a portfolio, in French and English. */
import type { Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import type { SourceProblemCode } from '../../diagnostics/sourceProblem.js';

/** One line per bad source, what to look at first. */
const SOURCE_PROBLEMS = {
  'source/missing': { fr: 'le dossier {path} n’existe pas', en: 'the folder {path} does not exist' },
  'source/not-a-roadmap': {
    fr: '{path} ne contient ni convention.yaml, ni roadmap/convention.yaml, ni datapackage.json',
    en: '{path} holds neither convention.yaml, roadmap/convention.yaml nor datapackage.json',
  },
  'source/invalid-roadmap': {
    fr: 'la feuille de route a {errors} erreur(s), dont {where} : {message}',
    en: 'the roadmap has {errors} error(s), the first at {where}: {message}',
  },
  'package/descriptor': {
    fr: 'datapackage.json illisible ou incomplet ({detail})',
    en: 'datapackage.json is unreadable or incomplete ({detail})',
  },
  'package/missing-table': {
    fr: 'la table {table} manque au paquet de données',
    en: 'the table {table} is missing from the data package',
  },
  'package/columns': {
    fr: 'les colonnes de la table {table} ne sont pas celles attendues ou déclarées ({columns})',
    en: 'the columns of the table {table} are not those expected or declared ({columns})',
  },
  'package/too-large': {
    fr: 'le fichier de la table {table} est trop gros',
    en: 'the file of the table {table} is too large',
  },
  'package/too-many-rows': {
    fr: 'la table {table} a plus de {max} lignes',
    en: 'the table {table} has more than {max} rows',
  },
  'package/csv': {
    fr: 'le CSV de la table {table} est mal formé vers la ligne {row}',
    en: 'the CSV of the table {table} is malformed near row {row}',
  },
  'package/cell': {
    fr: 'table {table}, ligne {row}, colonne {column} : « {value} » ne respecte pas son schéma',
    en: 'table {table}, row {row}, column {column}: "{value}" breaks its schema',
  },
  'package/duplicate-key': { fr: 'table {table} : clé {key} en double', en: 'table {table}: duplicate key {key}' },
  'package/foreign-key': {
    fr: 'table {table}, colonne {column} : {key} ne renvoie à aucune ligne',
    en: 'table {table}, column {column}: {key} points at no row',
  },
  'package/no-convention': { fr: 'la table convention est vide', en: 'the convention table is empty' },
  'http/timeout': { fr: 'pas de réponse de {url} en {seconds} s', en: 'no answer from {url} within {seconds} s' },
  'http/status': { fr: '{url} a répondu {status}', en: '{url} answered {status}' },
  'http/redirects': {
    fr: '{url} redirige plus de {max} fois (boucle ?)',
    en: '{url} redirects more than {max} times (a loop?)',
  },
  'http/network': { fr: '{url} injoignable ({detail})', en: '{url} cannot be reached ({detail})' },
  'http/too-large': { fr: '{url} dépasse {max} octets', en: '{url} is larger than {max} bytes' },
  'http/address': { fr: 'adresse invalide : {url}', en: 'not a valid address: {url}' },
  'git/unknown-commit': {
    fr: 'le commit {commit} n’existe pas dans {url}',
    en: 'the commit {commit} does not exist in {url}',
  },
  'git/failed': { fr: 'git n’a pas pu récupérer {url} ({detail})', en: 'git could not fetch {url} ({detail})' },
  'git/address': {
    fr: 'une source git s’écrit <adresse>#<commit>, le commit en entier (40 caractères hexadécimaux) : {commit}',
    en: 'a git source is written <url>#<commit>, the commit in full (40 hex digits): {commit}',
  },
  internal: { fr: 'erreur interne sur cette source ({detail})', en: 'internal error on this source ({detail})' },
} as const satisfies Record<SourceProblemCode, Text>;
export const sourceProblemWord = messageTable(SOURCE_PROBLEMS);
