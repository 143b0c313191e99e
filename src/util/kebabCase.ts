/**
 * Lowercase ASCII kebab-case with accents folded, for ids derived from titles:
 * `Guichet unique des créateurs` → `guichet-unique-des-createurs`. NFKD first
 * unfolds compatibility forms (`ﬁnance ﬂux` → `finance flux`, `²` → `2`,
 * full-width letters), then the letters no decomposition reaches are spelt out.
 */
export function kebabCase(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[œæßøđłþð]/g, (letter) => TRANSLITERATION[letter]!)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 80)
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

const TRANSLITERATION: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};
