/**
 * The pieces schema messages are built from, in French and English: type
 * names, bounds, suggestions. The sentences themselves are in the catalogue.
 */
import type { Text } from '../i18n/lang.js';

export const SCHEMA_WORDS = {
  /** How messages name the whole document, where a key path is empty. */
  root: { fr: '(racine)', en: '(root)' },
  types: {
    string: { fr: 'un texte', en: 'text' },
    number: { fr: 'un nombre', en: 'a number' },
    decimal: { fr: 'un nombre à virgule', en: 'a decimal number' },
    // YAML reads 1e400 or .inf as infinity, which no figure can use.
    infinite: { fr: 'un nombre trop grand pour être calculé', en: 'a number too large to compute with' },
    integer: { fr: 'un nombre entier', en: 'a whole number' },
    boolean: { fr: 'true ou false', en: 'true or false' },
    array: { fr: 'une liste', en: 'a list' },
    object: { fr: 'un groupe de champs', en: 'a group of fields' },
    null: { fr: 'une valeur vide', en: 'an empty value' },
  } as Partial<Record<string, Text>>,
  hints: {
    string: { fr: ' Un texte qui ressemble à un nombre ou à une date se met entre guillemets.', en: ' Text that looks like a number or a date goes between quotes.' },
    number: { fr: ' Un nombre s’écrit sans unité ni espace, les décimales avec un point : 12.5.', en: ' A number is written without unit or spaces, decimals with a point: 12.5.' },
    integer: { fr: ' Un nombre entier s’écrit sans virgule ni point : 3.', en: ' A whole number has no decimal point: 3.' },
    boolean: { fr: ' true veut dire oui, false veut dire non.', en: ' true means yes, false means no.' },
    array: { fr: ' Une liste s’écrit [a, b] ou un élément par ligne, en retrait, précédé de « - ».', en: ' A list is written [a, b] or one item per line, indented, after "- ".' },
    object: { fr: ' Un groupe de champs s’écrit sur les lignes suivantes, en retrait.', en: ' A group of fields goes on the following lines, indented.' },
    objectWith: { fr: ' Un groupe de champs s’écrit sur les lignes suivantes, en retrait, avec : {fields}.', en: ' A group of fields goes on the following lines, indented, with: {fields}.' },
  },
  limits: {
    minimum: { fr: 'supérieur ou égal à {limit}', en: 'at least {limit}' },
    maximum: { fr: 'inférieur ou égal à {limit}', en: 'at most {limit}' },
    exclusiveMinimum: { fr: 'strictement supérieur à {limit}', en: 'greater than {limit}' },
    exclusiveMaximum: { fr: 'strictement inférieur à {limit}', en: 'less than {limit}' },
  },
  lengths: {
    empty: { fr: 'est vide alors qu’il doit être rempli', en: 'is empty but must be filled in' },
    minLength: { fr: 'doit compter au moins {limit} caractères (il en a {actual})', en: 'must be at least {limit} characters long (it has {actual})' },
    maxLength: { fr: 'doit compter au plus {limit} caractères (il en a {actual})', en: 'must be at most {limit} characters long (it has {actual})' },
    minItems: { fr: 'doit contenir au moins {limit} élément(s) (il en a {actual})', en: 'must hold at least {limit} item(s) (it has {actual})' },
    maxItems: { fr: 'doit contenir au plus {limit} éléments (il en a {actual})', en: 'must hold at most {limit} items (it has {actual})' },
  },
  rename: { fr: 'Renommez « {field} » en « {guess} »{label}.', en: 'Rename "{field}" to "{guess}"{label}.' },
  writeInstead: { fr: 'Écrivez plutôt « {guess} ». ', en: 'Write "{guess}" instead. ' },
  knownFields: { fr: 'Les champs possibles ici sont : {fields}.', en: 'The fields allowed here are: {fields}.' },
  quoted: { fr: '« {field} »', en: '"{field}"' },
  inside: { fr: ' dans « {parent} »', en: ' in "{parent}"' },
  forExample: { fr: ', par exemple « {example} »', en: ', for example "{example}"' },
  otherRule: { fr: 'la règle « {keyword} » du schéma n’est pas respectée', en: 'the schema rule "{keyword}" is not met' },
} as const satisfies Record<string, Text | Partial<Record<string, Text>>>;
