import { formatTemplate, type ParamsArgs } from './formatTemplate.js';
import type { Lang, Text } from './lang.js';

/** Every table made so far, for the test that walks them (fr/en complete, same placeholders). */
export const MESSAGE_TABLES: Readonly<Record<string, Text>>[] = [];

/**
 * A typed lookup over a table of fr/en sentences with `{param}` placeholders,
 * declared `{ … } as const satisfies Record<string, Text>`: a key that is not
 * in the table, or a call leaving out one of its placeholders, does not compile.
 */
export function messageTable<Messages extends Record<string, Text>>(
  messages: Messages,
): <Key extends keyof Messages & string>(key: Key, lang: Lang, ...params: ParamsArgs<Messages[Key]>) => string {
  MESSAGE_TABLES.push(messages);
  return (key, lang, ...[params]) => formatTemplate(messages[key]![lang], params, lang);
}
