/** Bytes → text, refusing what is not UTF-8 text; a UTF-8 BOM is dropped. */
export type Decoded =
  | { ok: true; text: string }
  | {
      ok: false;
      rule: 'encoding/not-utf8' | 'encoding/utf16' | 'encoding/binary' | 'file/empty';
      offset: number;
      params?: Record<string, number>;
    };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, rule: 'file/empty', offset: 0 };
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    looksLikeBomlessUtf16(bytes)
  ) {
    return { ok: false, rule: 'encoding/utf16', offset: 0 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, rule: 'encoding/binary', offset: 0 };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, rule: 'encoding/not-utf8', offset: 0, params: { offset: bad } };
  }
  if (text.trim() === '') return { ok: false, rule: 'file/empty', offset: 0 };
  // Old Mac line breaks (a lone CR) become LF: same length, so every offset still holds, and lines match what editors show.
  return { ok: true, text: text.replace(/\r(?!\n)/g, '\n') };
}

/** ASCII text saved as UTF-16 without a BOM: every other byte of the first characters is NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 8);
  if (sample < 4) return false;
  const nulAt = (parity: number) => {
    for (let i = 0; i < sample; i++) if ((bytes[i] === 0) !== (i % 2 === parity)) return false;
    return true;
  };
  return nulAt(0) || nulAt(1);
}

/** Only called on failure, to tell the user where the first bad byte is: the start of the first invalid sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  if (first < 0x80) return 1;
  const [length, low, high] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first >= 0xe1 && first <= 0xec
          ? [3, 0x80, 0xbf]
          : first === 0xed
            ? [3, 0x80, 0x9f]
            : first >= 0xee && first <= 0xef
              ? [3, 0x80, 0xbf]
              : first === 0xf0
                ? [4, 0x90, 0xbf]
                : first >= 0xf1 && first <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : first === 0xf4
                    ? [4, 0x80, 0x8f]
                    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}
