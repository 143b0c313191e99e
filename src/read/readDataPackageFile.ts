/**
 * The files of a data package on disk (a local folder, or the cache an http
 * source was downloaded to): its descriptor and the CSV of each table,
 * bounded in size so that a hostile package cannot fill the memory. Reads
 * only; what the files mean is src/model/openData/packageRoadmap.ts.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DESCRIPTOR_FILE = 'datapackage.json';
/** A descriptor is a few kilobytes; a megabyte is already suspicious. */
export const MAX_DESCRIPTOR_BYTES = 1024 * 1024;
/** One table's CSV: 64 MiB is about 300 000 commitments' rows, far past any convention. */
export const MAX_TABLE_BYTES = 64 * 1024 * 1024;

export type DataPackageFileRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'too-large' | 'not-a-file' | 'unreadable'; detail?: string };

/** One file of a package folder, refused when it is a link, not a file, or larger than `maxBytes`. */
export function readDataPackageFile(folder: string, name: string, maxBytes: number): DataPackageFileRead {
  const path = join(folder, name);
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', detail: String(stats.size) };
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'unreadable', detail: code ?? String(error) };
  }
}
