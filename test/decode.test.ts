import { describe, expect, it } from 'vitest';
import { decode } from '../src/read/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decode', () => {
  it('points at a Latin-1 é, a byte that could start a sequence, not after it', () => {
    // "Cré" in Latin-1: C r 0xE9, then an ASCII newline that cannot continue the sequence.
    expect(decode(bytes(0x43, 0x72, 0xe9, 0x0a))).toEqual({
      ok: false,
      rule: 'encoding/not-utf8',
      offset: 0,
      params: { offset: 2 },
    });
  });

  it('points at a lone continuation byte', () => {
    expect(decode(bytes(0x61, 0x92, 0x62))).toEqual({
      ok: false,
      rule: 'encoding/not-utf8',
      offset: 0,
      params: { offset: 1 },
    });
  });

  it('refuses overlong and surrogate encodings, accepts real multi-byte text', () => {
    expect(decode(bytes(0x61, 0xc0, 0xaf))).toMatchObject({ ok: false, params: { offset: 1 } });
    expect(decode(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toMatchObject({ ok: false, params: { offset: 2 } });
    expect(decode(new TextEncoder().encode('Créateurs « € » 𝄞'))).toEqual({ ok: true, text: 'Créateurs « € » 𝄞' });
  });

  it('reads a truncated sequence at the end as invalid where it starts', () => {
    expect(decode(bytes(0x61, 0xe2, 0x82))).toMatchObject({ ok: false, params: { offset: 1 } });
  });
});
