/**
 * The one filler of every user-visible template (messages, rule catalogue,
 * document words): `{name}` takes a parameter, `{name:date}` shows a
 * `YYYY-MM-DD` parameter in the language's long form. A parameter may be a
 * Text, picked in the template's language. Unknown names stay as written.
 */
import { formatDate } from './formatDate.js';
import type { Lang, Text } from './lang.js';

export type TemplateParams = Record<string, string | number | Text>;

export const PLACEHOLDER = /\{(\w+)(:date)?\}/g;

/** The `{name}` and `{name:date}` placeholders of a template, as a union of names (never for a plain `string`); braces around spaces, as in « { », are text. */
export type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ?
      | (Name extends `${string} ${string}` | '' ? never : Name extends `${infer Base}:date` ? Base : Name)
      | Placeholders<Rest>
  : never;

/** The parameters a fr/en text needs: every placeholder of either language. */
export type ParamsOf<T extends Text> = { [Name in Placeholders<T[Lang]>]: TemplateParams[string] };

/** What follows the language in a call: nothing when the text has no placeholder, else every one of them. */
export type ParamsArgs<T extends Text> = [keyof ParamsOf<T>] extends [never]
  ? [params?: TemplateParams]
  : [params: ParamsOf<T> & TemplateParams];

export function formatTemplate(template: string, params: TemplateParams = {}, lang: Lang = 'en'): string {
  return template.replace(PLACEHOLDER, (whole, name: string, asDate: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    const text = typeof value === 'object' ? value[lang] : String(value);
    return asDate ? formatDate(text, lang) : text;
  });
}
