import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/i18n/formatDate.js';

describe('formatDate', () => {
  it('writes French dates in long form, the first of the month as 1er', () => {
    expect(formatDate('2026-09-30', 'fr')).toBe('30 septembre 2026');
    expect(formatDate('2019-06-01', 'fr')).toBe('1er juin 2019');
    expect(formatDate('2018-08-15', 'fr')).toBe('15 août 2018');
  });

  it('writes English dates day first', () => {
    expect(formatDate('2026-09-30', 'en')).toBe('30 September 2026');
    expect(formatDate('2019-06-01', 'en')).toBe('1 June 2019');
  });

  it('leaves anything that is not a real date as written', () => {
    expect(formatDate('2019-02-30', 'fr')).toBe('2019-02-30');
    expect(formatDate('demain', 'en')).toBe('demain');
  });
});
