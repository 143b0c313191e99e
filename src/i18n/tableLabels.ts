import type { Lang, Text } from './lang.js';

/**
 * The labels of one group of a message table (`cover/date` → `date`): the
 * texts without placeholders, leaving out variants such as `intro.noMeeting`,
 * which their sentence functions pick.
 */
export type TableLabels<Messages extends Record<string, Text>, Group extends string> = {
  [Key in keyof Messages as Key extends `${Group}/${infer Name}`
    ? Name extends `${string}.${string}`
      ? never
      : Messages[Key]['fr'] extends `${string}{${string}}${string}`
        ? never
        : Name
    : never]: string;
};

export function tableLabels<Messages extends Record<string, Text>, Group extends string>(
  messages: Messages,
  group: Group,
  lang: Lang,
): TableLabels<Messages, Group> {
  const entries = Object.entries(messages).filter(
    ([key, text]) => key.startsWith(`${group}/`) && !key.includes('.') && !/\{\w+\}/.test(text.fr),
  );
  return Object.fromEntries(entries.map(([key, text]) => [key.slice(group.length + 1), text[lang]])) as TableLabels<
    Messages,
    Group
  >;
}
