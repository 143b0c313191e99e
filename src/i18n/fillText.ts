import { formatTemplate } from './formatTemplate.js';
import { LANGS, type Lang, type Text } from './lang.js';

/** A Text made by the same recipe in every language. */
export function textByLang(make: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Text;
}

/** Fills the placeholders of a Text with plain or per-language values, in each language (the one filler: formatTemplate). */
export function fillText(template: Text, values: Record<string, string | Text>): Text {
  return textByLang((lang) => formatTemplate(template[lang], values, lang));
}
