import { LANGS, type Lang, type Text } from './lang.js';

/** A Text made by the same recipe in every language. */
export function textByLang(make: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Text;
}
