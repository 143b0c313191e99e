export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A text in every supported language. */
export type Text = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
