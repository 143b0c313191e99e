import { formatTemplate, type TemplateParams } from './formatTemplate.js';
import type { Lang, Text } from './lang.js';

/** A typed lookup over a table of fr/en sentences with `{param}` placeholders. */
export function messageTable<Key extends string>(messages: Record<Key, Text>): (key: Key, lang: Lang, params?: TemplateParams) => string {
  return (key, lang, params) => formatTemplate(messages[key][lang], params, lang);
}
