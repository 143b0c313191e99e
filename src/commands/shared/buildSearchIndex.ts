/**
 * The site's search index, made by Pagefind (its binary ships in its npm
 * package) from one record per page: titles and descriptions. Returned as
 * files in memory for the site's writer; undefined when Pagefind cannot run
 * here, and the site then says search is unavailable.
 */
import type { Lang } from '../../i18n/lang.js';
import type { SearchRecord } from '../../render/site/searchRecords.js';

export interface IndexFile {
  /** Relative to the site's root, under `pagefind/`. */
  path: string;
  content: Uint8Array;
}

export async function buildSearchIndex(records: Iterable<SearchRecord>, lang: Lang): Promise<IndexFile[] | undefined> {
  let pagefind: typeof import('pagefind');
  try {
    pagefind = await import('pagefind');
  } catch {
    return undefined;
  }
  try {
    const created = await pagefind.createIndex({ forceLanguage: lang });
    const index = created.index;
    if (!index || created.errors.length > 0) return undefined;
    for (const record of records) {
      const added = await index.addCustomRecord({ url: `/${record.path}`, content: record.content, language: lang, meta: { title: record.title } });
      if (added.errors.length > 0) return undefined;
    }
    const output = await index.getFiles();
    if (output.errors.length > 0) return undefined;
    return output.files.map((file) => ({ path: `pagefind/${file.path.replace(/\\/g, '/')}`, content: file.content }));
  } catch {
    return undefined;
  } finally {
    await pagefind.close().catch(() => undefined);
  }
}
