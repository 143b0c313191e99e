import { roundHalfAwayFromZero } from '../../i18n/formatNumber.js';

/** A percentage as `report --format json` gives it (one decimal), for the pages' data attributes. */
export function figureData(value: number | null): number | null {
  return value === null ? null : roundHalfAwayFromZero(value, 1);
}
