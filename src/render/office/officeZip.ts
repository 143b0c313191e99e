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

/**
 * Text XML 1.0 can carry: controls other than tab and line breaks, lone
 * surrogates and U+FFFE/U+FFFF removed (a reader refuses the whole file for one).
 */
export function xmlSafeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Text as XML character data or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `A`, `B`, … `Z`, `AA`: a spreadsheet's name for the 0-based column `index`. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** One line of text as ODF character data: runs of spaces and tabs kept as `text:s` and `text:tab`. */
export function odfLine(line: string): string {
  return xmlEscape(xmlSafeText(line))
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');
}
