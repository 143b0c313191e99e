import { formatTemplate } from '../diagnostics/catalogue.js';
import type { Params } from '../diagnostics/diagnostic.js';
import type { Lang, Text } from './lang.js';

/** A typed lookup over a table of fr/en sentences with `{param}` placeholders. */
export function messageTable<Key extends string>(messages: Record<Key, Text>): (key: Key, lang: Lang, params?: Params) => string {
  return (key, lang, params) => formatTemplate(messages[key][lang], params, lang);
}
