/**
 * The site's search index, made by Pagefind (its binary ships in its npm
 * package) from one record per page: titles and descriptions. Pagefind holds
 * a whole index in memory (about 85 bytes per character of text), so a large
 * roadmap is indexed in parts, one Pagefind process after the other: the
 * first part is the bundle the search page loads, the others are merged into
 * it in the browser (Pagefind's `mergeIndex`). Each part's files come back in
 * memory (a few megabytes) and go to the caller's writer at once, like every
 * other file of the site: Pagefind itself writes nothing. Undefined when
 * Pagefind cannot run here: the site then says search is unavailable.
 */
import type { Lang } from '../i18n/lang.js';
import type { SearchRecord } from '../render/site/searchRecords.js';

export interface SearchIndex {
  /** Every file handed to the writer, relative to the index's folder, with forward slashes. */
  files: string[];
  /** The folders of the parts after the first, relative to the first (`part-2/`…), for the search page to merge. */
  extraBundles: string[];
}

export interface SearchIndexOptions {
  /** How much text each part holds (tests make it small to see several parts). */
  partChars?: number;
  /** The caller gave up (its own writes failed): the index stops at the next batch. */
  signal?: AbortSignal;
  /** Writes one file of the index; what it throws (a refused write) is thrown again, not taken for Pagefind failing. */
  write: (file: string, content: Uint8Array) => void;
}

/**
 * Text per part: Pagefind's process peaks at about 70 MiB per million
 * characters (about 113 MiB for 1.5 million, measured). It runs while the
 * site's own process writes the pages, so the two are counted together
 * against the 400 MiB a 10 000-commitment roadmap may take (366 to 391 MiB
 * in four runs; seven parts). A record also costs about as much as
 * RECORD_CHARS characters, whatever its length.
 */
export const SEARCH_PART_CHARS = 1_500_000;
const RECORD_CHARS = 150;

/**
 * What Pagefind reads of a merged part: its entry, metadata, word index and fragments (seen in
 * Chromium, test/site-search.test.ts). The scripts, interfaces and WebAssembly of the first serve all.
 */
const MERGED_PART_FILE = /^part-\d+\/(?:pagefind-entry\.json|[^/]+\.pf_meta|(?:index|fragment|filter)\/.+)$/;

/** Records sent to Pagefind before waiting for its replies: enough to keep it busy, few enough to stay small. */
const RECORDS_IN_FLIGHT = 200;

/**
 * The records are read lazily, a batch at a time, so they can be built while the caller
 * writes pages: Pagefind indexes in its own process, on another core.
 */
export async function buildSearchIndex(
  records: Iterable<SearchRecord>,
  lang: Lang,
  options: SearchIndexOptions,
): Promise<SearchIndex | undefined> {
  const { partChars = SEARCH_PART_CHARS, signal, write } = options;
  let pagefind: typeof import('pagefind');
  try {
    pagefind = await import('pagefind');
  } catch {
    return undefined;
  }
  // Where each part goes, relative to the index's folder: '' for the first, then `part-2/`…
  const bundles: string[] = [];
  const files: string[] = [];
  let refused: { error: unknown } | undefined;
  const source = records[Symbol.iterator]();
  // One record read ahead, so a part is never begun for no record.
  let next: IteratorResult<SearchRecord>;
  try {
    next = source.next();
    // One process per part: closing it is what gives its memory back.
    const writePart = async (): Promise<boolean> => {
      const bundle = bundles.length === 0 ? '' : `part-${bundles.length + 1}/`;
      let chars = 0;
      try {
        const created = await pagefind.createIndex({ forceLanguage: lang });
        const index = created.index;
        if (!index || created.errors.length > 0) throw new Error(created.errors.join('; '));
        while (!next.done && chars < partChars) {
          const batch: SearchRecord[] = [];
          for (; !next.done && batch.length < RECORDS_IN_FLIGHT && chars < partChars; next = source.next()) {
            batch.push(next.value);
            chars += next.value.content.length + next.value.title.length + RECORD_CHARS;
          }
          signal?.throwIfAborted();
          const added = await Promise.all(
            batch.map((record) =>
              index.addCustomRecord({
                url: `/${record.path}`,
                content: record.content,
                language: lang,
                meta: { title: record.title },
              }),
            ),
          );
          const errors = added.flatMap((result) => result.errors);
          if (errors.length > 0) throw new Error(errors.join('; '));
        }
        const built = await index.getFiles();
        if (built.errors.length > 0) throw new Error(built.errors.join('; '));
        signal?.throwIfAborted();
        for (const file of built.files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
          const path = `${bundle}${file.path.split('\\').join('/')}`;
          if (bundle !== '' && !MERGED_PART_FILE.test(path)) continue;
          try {
            write(path, file.content);
          } catch (error) {
            refused = { error };
            throw error;
          }
          files.push(path);
        }
      } finally {
        await pagefind.close().catch(() => undefined);
      }
      bundles.push(bundle);
      return !next.done;
    };
    while (await writePart());
    return { files, extraBundles: bundles.slice(1) };
  } catch {
    if (refused) throw refused.error;
    return undefined;
  }
}
