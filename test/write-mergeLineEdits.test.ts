import { describe, expect, it } from 'vitest';
import { mergeLineEdits } from '../src/edit/mergeLineEdits.js';

const exact = { same: (a: string, b: string) => a === b, adopt: (line: string) => line };

describe('mergeLineEdits', () => {
  it('keeps the original formatting of lines the edit does not touch', () => {
    const original = ['a: [x]', 'b: 1', 'c: 2'];
    const rendered = ['a: [ x ]', 'b: 1', 'c: 2'];
    const edited = ['a: [ x ]', 'b: 5', 'c: 2', 'd: 3'];
    expect(mergeLineEdits(original, rendered, edited, exact)).toEqual(['a: [x]', 'b: 5', 'c: 2', 'd: 3']);
  });

  it('keeps a reformatted paragraph next to an insertion after it', () => {
    const original = ['s: >-', '  one', '  two', 'u: 1'];
    const rendered = ['s: one two', 'u: 1'];
    const edited = ['s: one two', 'n: 0', 'u: 1'];
    expect(mergeLineEdits(original, rendered, edited, exact)).toEqual(['s: >-', '  one', '  two', 'n: 0', 'u: 1']);
  });

  it('lets the edit win where it changes a reformatted line', () => {
    const original = ['a: [x]', 'b: 1'];
    const rendered = ['a: [ x ]', 'b: 1'];
    const edited = ['a: [ x, y ]', 'b: 1'];
    expect(mergeLineEdits(original, rendered, edited, exact)).toEqual(['a: [ x, y ]', 'b: 1']);
  });

  it('keeps both sides when both only insert at the same place, the edit first', () => {
    const original = ['a: 1', '# note', 'b: 2'];
    const rendered = ['a: 1', 'b: 2'];
    const edited = ['a: 1', 'c: 3', 'b: 2'];
    expect(mergeLineEdits(original, rendered, edited, exact)).toEqual(['a: 1', 'c: 3', '# note', 'b: 2']);
  });

  it('compares and writes lines through the given functions (CRLF files)', () => {
    const crlf = {
      same: (a: string, b: string) => a.replace(/\r$/, '') === b.replace(/\r$/, ''),
      adopt: (line: string) => `${line}\r`,
    };
    expect(mergeLineEdits(['a\r', 'b\r'], ['a', 'b'], ['a', 'b', 'c'], crlf)).toEqual(['a\r', 'b\r', 'c\r']);
  });
});
