/** Bytes → text, refusing what is not UTF-8 text; a UTF-8 BOM is dropped. */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; rule: 'encoding/not-utf8' | 'encoding/utf16' | 'encoding/binary' | 'file/empty'; offset: number; params?: Record<string, number> };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, rule: 'file/empty', offset: 0 };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeBomlessUtf16(bytes)) {
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

/** Only called on failure, to tell the user where the first bad byte is. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; streaming mode accepts a prefix cut inside a sequence.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
