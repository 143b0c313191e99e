import { describe, expect, it } from 'vitest';
import { kebabCase } from '../src/util/kebabCase.js';

describe('kebabCase', () => {
  it('folds accents and punctuation into a valid id', () => {
    expect(kebabCase('Guichet unique des créateurs')).toBe('guichet-unique-des-createurs');
    expect(kebabCase('« Œuvre » d’Île-de-France !')).toBe('oeuvre-d-ile-de-france');
  });

  it('never ends on a dash when a long title is cut', () => {
    const id = kebabCase(`${'a'.repeat(79)} suite du titre`);
    expect(id).toBe('a'.repeat(79));
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives a usable id for a title with no letters', () => {
    expect(kebabCase('« — »')).toBe('x');
  });
});

describe('kebabCase folds what NFD leaves whole', () => {
  it.each([
    ['ﬁnance ﬂux', 'finance-flux'],
    ['Œuvre d’Æsop', 'oeuvre-d-aesop'],
    ['Straße Øresund Łódź', 'strasse-oresund-lodz'],
    ['Ｐｈａｓｅ ２', 'phase-2'],
    ['m² de bureaux', 'm2-de-bureaux'],
  ])('%s → %s', (title, id) => {
    expect(kebabCase(title)).toBe(id);
  });
});
