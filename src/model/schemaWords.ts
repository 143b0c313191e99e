/**
 * The pieces schema messages are built from, in French and English: type
 * names, bounds, suggestions. The sentences themselves are in the catalogue.
 */
import type { Text } from '../i18n/lang.js';

export const SCHEMA_WORDS = {
  types: {
    string: { fr: 'un texte', en: 'text' },
    number: { fr: 'un nombre', en: 'a number' },
    integer: { fr: 'un nombre entier', en: 'a whole number' },
    boolean: { fr: 'true ou false', en: 'true or false' },
    array: { fr: 'une liste', en: 'a list' },
    object: { fr: 'un groupe de champs', en: 'a group of fields' },
    null: { fr: 'une valeur vide', en: 'an empty value' },
  } as Partial<Record<string, Text>>,
  limits: {
    minimum: { fr: 'au moins {limit}', en: 'at least {limit}' },
    maximum: { fr: 'au plus {limit}', en: 'at most {limit}' },
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
