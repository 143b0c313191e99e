/**
 * Lowercase ASCII kebab-case with accents folded, for ids derived from titles:
 * `Guichet unique des créateurs` → `guichet-unique-des-createurs`.
 */
export function kebabCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss') // ligatures NFD does not split
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '') || 'x';
}
