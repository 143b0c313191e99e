import type { Lang } from '../i18n/lang.js';

/**
 * « 1er février » with the « er » raised, as French typography writes it, in HTML (and
 * so in the PDF printed from it); markdown and plain text keep « 1er ». Runs on escaped
 * HTML text, in one linear pass.
 */
export function superscriptOrdinals(html: string, lang: Lang): string {
  return lang === 'fr' ? html.replace(/(?<![\p{L}\p{N}])1er(?![\p{L}\p{N}])/gu, '1<sup>er</sup>') : html;
}
