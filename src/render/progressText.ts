import type { CommitmentFigures } from '../derive/types.js';
import { formatPercent } from '../i18n/formatNumber.js';
import type { Lang } from '../i18n/lang.js';
import { PROGRESS_UNKNOWN, unknownCount } from '../i18n/vocabulary.js';

/** A dash: nothing to show (a cancelled commitment, an axis without commitments). */
const NONE = '—';

/** A commitment's progress as people read it: « 45 % », « non renseigné » when nobody reported any, a dash when cancelled. */
export function commitmentProgressText(
  commitment: Pick<CommitmentFigures, 'progress' | 'progressSource'>,
  lang: Lang,
): string {
  if (commitment.progress !== null) return formatPercent(commitment.progress, lang);
  return commitment.progressSource === 'unknown' ? PROGRESS_UNKNOWN[lang] : NONE;
}

/**
 * An axis's or a partner's progress with its unknowns counted beside it (docs/reference/report.md):
 * « 45 % (1 non renseigné) », « non renseigné (2) » when none is known, « 45 % » when all are.
 */
export function groupProgressText(group: { progress: number | null; unknown: number }, lang: Lang): string {
  if (group.progress === null) return group.unknown > 0 ? `${PROGRESS_UNKNOWN[lang]} (${group.unknown})` : NONE;
  const figure = formatPercent(group.progress, lang);
  return group.unknown > 0 ? `${figure} (${unknownCount(group.unknown, lang)})` : figure;
}
