/**
 * The zip container of an office file (XLSX, ODS, DOCX-free ODT): entries in
 * the given order, `mimetype` stored uncompressed when asked (ODF requires it
 * first and stored, so that `file` and desktops recognise the package by its
 * first bytes), every date pinned so that the same input gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Stored, not deflated (ODF's `mimetype`). */
  stored?: boolean;
}

/** 1 January 2000, local time as zip stores it: any fixed date keeps the output reproducible. */
const PINNED = new Date(2000, 0, 1);

export function officeZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
    files[entry.name] = [data, { level: entry.stored ? 0 : 6, mtime: PINNED }];
  }
  return zipSync(files, { mtime: PINNED });
}

/** Text as XML character data or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `A`, `B`, … `Z`, `AA`: a spreadsheet's name for the 0-based column `index`. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}
