/**
 * Whether an office file (XLSX, ODS, DOCX, ODT) in the way of a write was made
 * by roadmap: its properties name roadmap as creator (Office Open XML) or
 * generator (OpenDocument). Read through the bounded zip reader: a hostile
 * file in the way costs no more than a few kilobytes.
 */
import { openZip, readZipEntry } from './boundedUnzip.js';

const MARKS = [
  ['docProps/core.xml', '<dc:creator>roadmap</dc:creator>'],
  ['meta.xml', '<meta:generator>roadmap</meta:generator>'],
] as const;

export function madeByRoadmap(bytes: Uint8Array): boolean {
  const zip = openZip(bytes);
  if (!zip.ok) return false;
  return MARKS.some(([part, mark]) => {
    const read = readZipEntry(zip.value, part, 64 * 1024);
    return read?.ok === true && new TextDecoder().decode(read.value).includes(mark);
  });
}
