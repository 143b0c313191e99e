/**
 * Reads entries of a zip file (XLSX, ODS) without trusting it: the central
 * directory is read first, entries are counted, and an entry is inflated
 * a small slice of input at a time, stopping as soon as its output passes
 * the caller's limit — a zip bomb costs at most that limit, whatever sizes
 * its headers declare. Encrypted, split and zip64 archives are refused.
 */
import { Inflate } from 'fflate';

export type ZipProblem = 'not-a-zip' | 'too-many-entries' | 'too-large' | 'unsupported';

export interface ZipIndex {
  bytes: Uint8Array;
  entries: Map<string, ZipEntryInfo>;
}

interface ZipEntryInfo {
  method: number;
  compressedSize: number;
  localOffset: number;
  flags: number;
}

export type ZipResult<Value> = { ok: true; value: Value } | { ok: false; problem: ZipProblem };

const MAX_ENTRIES = 2_000;
/** How much compressed input is inflated at once: deflate expands at most about 1 032 times, so one slice yields at most about 1 MiB. */
const SLICE = 1_024;

export function openZip(bytes: Uint8Array): ZipResult<ZipIndex> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65 535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end === -1) return { ok: false, problem: 'not-a-zip' };
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, problem: 'unsupported' };
  if (count > MAX_ENTRIES) return { ok: false, problem: 'too-many-entries' };
  if (directoryOffset + directorySize > bytes.length) return { ok: false, problem: 'not-a-zip' };
  const entries = new Map<string, ZipEntryInfo>();
  const names = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { ok: false, problem: 'not-a-zip' };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return { ok: false, problem: 'unsupported' };
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { method, compressedSize, localOffset, flags });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: { bytes, entries } };
}

/** The entry's bytes, or a problem; `undefined` when the archive has no such entry. */
export function readZipEntry(zip: ZipIndex, name: string, limit: number): ZipResult<Uint8Array> | undefined {
  const entry = zip.entries.get(name);
  if (!entry) return undefined;
  if ((entry.flags & 0x1) !== 0) return { ok: false, problem: 'unsupported' };
  const { bytes } = zip;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
    return { ok: false, problem: 'not-a-zip' };
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return { ok: false, problem: 'not-a-zip' };
  if (entry.method === 0) return data.length > limit ? { ok: false, problem: 'too-large' } : { ok: true, value: data };
  if (entry.method !== 8) return { ok: false, problem: 'unsupported' };
  return inflateBounded(data, limit);
}

function inflateBounded(data: Uint8Array, limit: number): ZipResult<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk.slice());
  });
  try {
    for (let at = 0; at < data.length && !over; at += SLICE)
      inflate.push(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
  } catch {
    return { ok: false, problem: 'not-a-zip' };
  }
  if (over) return { ok: false, problem: 'too-large' };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, value: out };
}
