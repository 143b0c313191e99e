import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../i18n/lang.js';

/** Enough of convention.yaml to find its `language:` line; the file is never parsed for this. */
const HEAD_BYTES = 64 * 1024;

/**
 * The language a roadmap's convention declares, found cheaply so that the
 * command line can speak it before any command runs: only `<dir>/convention.yaml`
 * (dir = `--dir`, else ./roadmap, else the current folder) is looked at, its
 * first 64 KiB, for a top-level `language: fr|en` line. Anything else — no
 * such file, a FIFO, an unreadable one, no such line — gives undefined.
 */
export function readConventionLanguage(folders: readonly string[]): Lang | undefined {
  for (const folder of folders) {
    const head = readHead(join(folder, 'convention.yaml'));
    if (head === undefined) continue;
    const match = /^language:[ \t]*(["']?)(fr|en)\1[ \t]*(?:#.*)?$/m.exec(head);
    return match && isLang(match[2]) ? match[2] : undefined;
  }
  return undefined;
}

function readHead(path: string): string | undefined {
  let fd: number | undefined;
  try {
    // A FIFO or a device in place of the file must not block the command line.
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
