import type { Figures, Health } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Tone } from '../sheet/sheet.js';
import { reportWords, type ReportWords } from './reportWords.js';

/** What every report sheet needs: the figures, the words, and how to name partners and commitments. */
export interface ReportContext {
  figures: Figures;
  lang: Lang;
  words: ReportWords;
  partnerName(id: string): string;
  commitmentTitle(id: string): string;
}

export function reportContext(figures: Figures, lang: Lang): ReportContext {
  const partners = new Map(figures.partners.map((partner) => [partner.id, partner.shortName]));
  const commitments = new Map(figures.commitments.map((commitment) => [commitment.id, commitment.title]));
  return {
    figures,
    lang,
    words: reportWords(lang),
    partnerName: (id) => partners.get(id) ?? id,
    commitmentTitle: (id) => commitments.get(id) ?? id,
  };
}

export const HEALTH_TONE: Record<Health, Tone> = { green: 'good', amber: 'warn', red: 'bad' };

/** A count that deserves attention when it is not zero. */
export function alertTone(value: number): Tone | undefined {
  return value > 0 ? 'bad' : undefined;
}
