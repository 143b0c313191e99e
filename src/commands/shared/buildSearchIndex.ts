/**
 * The site's search index, made by Pagefind (its binary ships in its npm
 * package) from one record per page: titles and descriptions. Pagefind writes
 * its files into a private temporary folder, from which the site's writer
 * copies them one at a time like every other file (a large index never
 * crosses into this process whole). Undefined when Pagefind cannot run here:
 * the site then says search is unavailable.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import type { SearchRecord } from '../../render/site/searchRecords.js';

export interface SearchIndex {
  /** Where Pagefind wrote the files. */
  folder: string;
  /** Relative to the folder, with forward slashes. */
  files: string[];
  /** Removes the temporary folder. */
  dispose: () => void;
}

export async function buildSearchIndex(records: Iterable<SearchRecord>, lang: Lang): Promise<SearchIndex | undefined> {
  let pagefind: typeof import('pagefind');
  try {
    pagefind = await import('pagefind');
  } catch {
    return undefined;
  }
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-search-'));
  const dispose = (): void => rmSync(folder, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage: lang });
    const index = created.index;
    if (!index || created.errors.length > 0) throw new Error(created.errors.join('; '));
    for (const record of records) {
      const added = await index.addCustomRecord({ url: `/${record.path}`, content: record.content, language: lang, meta: { title: record.title } });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
    return { folder, files, dispose };
  } catch {
    dispose();
    return undefined;
  } finally {
    await pagefind.close().catch(() => undefined);
  }
}
