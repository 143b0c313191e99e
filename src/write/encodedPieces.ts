import type { Hash } from 'node:crypto';

/**
 * A document's chunks as UTF-8, through one reused buffer, each piece added to
 * `hash` (when given) on its way out. The buffer is reused, so each piece must be written
 * before the next is asked for, as safeWrite does: ten thousand pages would
 * otherwise leave hundreds of megabytes of short-lived buffers outside the
 * heap, for the collector to notice late.
 *
 * An iterator object and not a generator: with a generator per page, V8 kept
 * each page's text alive through two young collections and moved it to the
 * old generation, about 11 KB of garbage a page (110 MB on 10 000 pages,
 * measured with `v8.getHeapSpaceStatistics()`) that only a full collection
 * frees.
 */
export function encodedPieces(chunks: Iterable<string | Uint8Array>, scratch: Uint8Array, hash?: Hash): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  return {
    [Symbol.iterator]: (): Iterator<Uint8Array> => {
      const source = chunks[Symbol.iterator]();
      let rest = '';
      return {
        next: (): IteratorResult<Uint8Array> => {
          for (;;) {
            if (rest.length > 0) {
              const { read, written } = encoder.encodeInto(rest, scratch);
              const piece = scratch.subarray(0, written);
              hash?.update(piece);
              rest = rest.slice(read);
              return { done: false, value: piece };
            }
            const next = source.next();
            if (next.done) return { done: true, value: undefined };
            if (typeof next.value !== 'string') {
              hash?.update(next.value);
              return { done: false, value: next.value };
            }
            rest = next.value;
          }
        },
      };
    },
  };
}
