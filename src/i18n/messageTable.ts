import { formatTemplate, type TemplateParams } from './formatTemplate.js';
import type { Lang, Text } from './lang.js';

/** Every table made so far, for the test that walks them (fr/en complete, same placeholders). */
export const MESSAGE_TABLES: Readonly<Record<string, Text>>[] = [];

/** A typed lookup over a table of fr/en sentences with `{param}` placeholders. */
export function messageTable<Key extends string>(messages: Record<Key, Text>): (key: Key, lang: Lang, params?: TemplateParams) => string {
  MESSAGE_TABLES.push(messages);
  return (key, lang, params) => formatTemplate(messages[key][lang], params, lang);
}
