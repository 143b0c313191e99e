/**
 * The pieces schema messages are built from, in French and English: type
 * names, bounds, suggestions. The sentences themselves are in the catalogue.
 */
import { textByLang } from '../i18n/textByLang.js';
import type { ParamsArgs } from '../i18n/formatTemplate.js';
import type { Text } from '../i18n/lang.js';
import { messageTable } from '../i18n/messageTable.js';

const MESSAGES = {
  /** How messages name the whole document, where a key path is empty. */
  root: { fr: '(racine)', en: '(root)' },
  'type/string': { fr: 'un texte', en: 'text' },
  'type/number': { fr: 'un nombre', en: 'a number' },
  'type/decimal': { fr: 'un nombre à virgule', en: 'a decimal number' },
  // YAML reads 1e400 or .inf as infinity, which no figure can use.
  'type/infinite': { fr: 'un nombre trop grand pour être calculé', en: 'a number too large to compute with' },
  'type/integer': { fr: 'un nombre entier', en: 'a whole number' },
  'type/boolean': { fr: 'true ou false', en: 'true or false' },
  'type/array': { fr: 'une liste', en: 'a list' },
  'type/object': { fr: 'un groupe de champs', en: 'a group of fields' },
  'type/null': { fr: 'une valeur vide', en: 'an empty value' },
  'hint/string': {
    fr: ' Un texte qui ressemble à un nombre ou à une date se met entre guillemets.',
    en: ' Text that looks like a number or a date goes between quotes.',
  },
  'hint/number': {
    fr: ' Un nombre s’écrit sans unité ni espace, les décimales avec un point : 12.5.',
    en: ' A number is written without unit or spaces, decimals with a point: 12.5.',
  },
  'hint/integer': {
    fr: ' Un nombre entier s’écrit sans virgule ni point : 3.',
    en: ' A whole number has no decimal point: 3.',
  },
  'hint/boolean': { fr: ' true veut dire oui, false veut dire non.', en: ' true means yes, false means no.' },
  'hint/array': {
    fr: ' Une liste s’écrit [a, b] ou un élément par ligne, en retrait, précédé de « - ».',
    en: ' A list is written [a, b] or one item per line, indented, after "- ".',
  },
  'hint/object': {
    fr: ' Un groupe de champs s’écrit sur les lignes suivantes, en retrait.',
    en: ' A group of fields goes on the following lines, indented.',
  },
  'hint/object-with': {
    fr: ' Un groupe de champs s’écrit sur les lignes suivantes, en retrait, avec : {fields}.',
    en: ' A group of fields goes on the following lines, indented, with: {fields}.',
  },
  'limit/minimum': { fr: 'supérieur ou égal à {limit}', en: 'at least {limit}' },
  'limit/maximum': { fr: 'inférieur ou égal à {limit}', en: 'at most {limit}' },
  'limit/exclusiveMinimum': { fr: 'strictement supérieur à {limit}', en: 'greater than {limit}' },
  'limit/exclusiveMaximum': { fr: 'strictement inférieur à {limit}', en: 'less than {limit}' },
  'length/empty': { fr: 'est vide alors qu’il doit être rempli', en: 'is empty but must be filled in' },
  'length/minLength.one': {
    fr: 'doit compter au moins {limit} caractère (il en a {actual})',
    en: 'must be at least {limit} character long (it has {actual})',
  },
  'length/minLength.other': {
    fr: 'doit compter au moins {limit} caractères (il en a {actual})',
    en: 'must be at least {limit} characters long (it has {actual})',
  },
  'length/maxLength.one': {
    fr: 'doit compter au plus {limit} caractère (il en a {actual})',
    en: 'must be at most {limit} character long (it has {actual})',
  },
  'length/maxLength.other': {
    fr: 'doit compter au plus {limit} caractères (il en a {actual})',
    en: 'must be at most {limit} characters long (it has {actual})',
  },
  'length/minItems.one': {
    fr: 'doit contenir au moins {limit} élément (il en a {actual})',
    en: 'must hold at least {limit} item (it has {actual})',
  },
  'length/minItems.other': {
    fr: 'doit contenir au moins {limit} éléments (il en a {actual})',
    en: 'must hold at least {limit} items (it has {actual})',
  },
  'length/maxItems.one': {
    fr: 'doit contenir au plus {limit} élément (il en a {actual})',
    en: 'must hold at most {limit} item (it has {actual})',
  },
  'length/maxItems.other': {
    fr: 'doit contenir au plus {limit} éléments (il en a {actual})',
    en: 'must hold at most {limit} items (it has {actual})',
  },
  rename: { fr: 'Renommez « {field} » en « {guess} »{label}.', en: 'Rename "{field}" to "{guess}"{label}.' },
  'write-instead': { fr: 'Écrivez plutôt « {guess} ». ', en: 'Write "{guess}" instead. ' },
  'known-fields': { fr: 'Les champs possibles ici sont : {fields}.', en: 'The fields allowed here are: {fields}.' },
  quoted: { fr: '« {field} »', en: '"{field}"' },
  inside: { fr: ' dans « {parent} »', en: ' in "{parent}"' },
  'for-example': { fr: ', par exemple « {example} »', en: ', for example "{example}"' },
  'other-rule': {
    fr: 'la règle « {keyword} » du schéma n’est pas respectée',
    en: 'the schema rule "{keyword}" is not met',
  },
} as const satisfies Record<string, Text>;

type Messages = typeof MESSAGES;

const word = messageTable(MESSAGES);
const has = (key: string): boolean => Object.hasOwn(MESSAGES, key);

/** A schema word in every language, its placeholders filled (a value may itself be a Text, taken in each language). */
export function schemaWord<Key extends keyof Messages>(key: Key, ...params: ParamsArgs<Messages[Key]>): Text {
  return textByLang((lang) => word(key, lang, ...params));
}

/** `un nombre entier`: a JSON type (or `decimal`, `infinite`) in words; undefined for a type the table does not know. */
export function typeName(type: string): Text | undefined {
  return has(`type/${type}`) ? schemaWord(`type/${type}` as `type/${'string'}`) : undefined;
}

/** How to write a value of a type (` Un nombre entier s’écrit…`), when the table says it. */
export function typeWritingHint(type: string): Text | undefined {
  return has(`hint/${type}`) ? schemaWord(`hint/${type}` as `hint/${'string'}`) : undefined;
}

/** `supérieur ou égal à 0` for ajv's minimum, maximum, exclusiveMinimum, exclusiveMaximum. */
export function limitWords(keyword: string, limit: string): Text {
  return has(`limit/${keyword}`)
    ? schemaWord(`limit/${keyword}` as 'limit/minimum', { limit })
    : schemaWord('other-rule', { keyword });
}

/** `doit compter au moins 3 caractères (il en a 1)` for ajv's minLength, maxLength, minItems, maxItems; `est vide…` for a required text left empty. */
export function lengthWords(keyword: string, limit: number, actual: number): Text {
  if (keyword === 'minLength' && limit === 1) return schemaWord('length/empty');
  const key = `length/${keyword}.${limit === 1 ? 'one' : 'other'}`;
  return has(key) ? schemaWord(key as 'length/minItems.one', { limit, actual }) : schemaWord('other-rule', { keyword });
}
