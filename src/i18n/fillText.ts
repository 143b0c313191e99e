import { LANGS, type Lang, type Text } from './lang.js';

/** A Text made by the same recipe in every language. */
export function textByLang(make: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Text;
}

/** Fills `{name}` placeholders of a Text with plain or per-language values, in each language. */
export function fillText(template: Text, values: Record<string, string | Text>): Text {
  return textByLang((lang) => template[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : value[lang];
  }));
}
