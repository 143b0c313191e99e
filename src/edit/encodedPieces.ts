import type { Hash } from 'node:crypto';

/**
 * A document's chunks as UTF-8, gathered in one reused buffer and handed out
 * each time it fills and once at the end, each piece added to `hash` (when
 * given) on its way out. A page of a few kilobytes made of a dozen chunks is
 * then one write, not a dozen: on the machines measured, each system call
 * costs more than the page's own rendering. The buffer is reused, so each
 * piece must be written before the next is asked for, as safeWrite does: ten
 * thousand pages would otherwise leave hundreds of megabytes of short-lived
 * buffers outside the heap, for the collector to notice late.
 *
 * An iterator object and not a generator: with a generator per page, V8 kept
 * each page's text alive through two young collections and moved it to the
 * old generation, about 11 KB of garbage a page (110 MB on 10 000 pages,
 * measured with `v8.getHeapSpaceStatistics()`) that only a full collection
 * frees.
 */
export function encodedPieces(
  chunks: Iterable<string | Uint8Array>,
  scratch: Uint8Array,
  hash?: Hash,
): Iterable<Uint8Array> {
  const encoder = new TextEncoder();
  return {
    [Symbol.iterator]: (): Iterator<Uint8Array> => {
      const source = chunks[Symbol.iterator]();
      let rest = '';
      let filled = 0;
      let ended = false;
      // Bytes given as they are, handed out after what the buffer held before them.
      let bytes: Uint8Array | undefined;
      const out = (piece: Uint8Array): IteratorResult<Uint8Array> => {
        hash?.update(piece);
        return { done: false, value: piece };
      };
      const flush = (): IteratorResult<Uint8Array> => {
        const piece = scratch.subarray(0, filled);
        filled = 0;
        return out(piece);
      };
      return {
        next: (): IteratorResult<Uint8Array> => {
          for (;;) {
            if (bytes !== undefined) {
              const piece = bytes;
              bytes = undefined;
              return out(piece);
            }
            if (rest.length > 0) {
              const { read, written } = encoder.encodeInto(rest, scratch.subarray(filled));
              filled += written;
              rest = rest.slice(read);
              // Full, or too full for the next character: hand it out.
              if (rest.length > 0) return flush();
              continue;
            }
            if (ended) return { done: true, value: undefined };
            const next = source.next();
            if (next.done) {
              ended = true;
              if (filled > 0) return flush();
            } else if (typeof next.value === 'string') {
              rest = next.value;
            } else {
              bytes = next.value;
              if (filled > 0) return flush();
            }
          }
        },
      };
    },
  };
}
