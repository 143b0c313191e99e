/**
 * The bytes of the images a convention names as logos (`assets/<file>`), read
 * with the folder walk's guards: a link leaving the folder, a FIFO or device,
 * or a file over the size cap is left out, as is a path that is not directly
 * under `assets/`. What is left out is reported by the rules (logo/missing).
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS_FOLDER } from './layout.js';
import { isInside, MAX_FILE_BYTES, readCapped } from './readFolder.js';

/** A logo is small: a letterhead image over 1 MiB would make every document heavy. */
export const MAX_ASSET_BYTES = MAX_FILE_BYTES;

export function readAssets(
  root: string,
  paths: readonly unknown[],
  maxBytes = MAX_ASSET_BYTES,
): Map<string, Uint8Array> {
  const assets = new Map<string, Uint8Array>();
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return assets;
  }
  for (const rel of paths) {
    if (typeof rel !== 'string' || assets.has(rel) || !isAssetPath(rel)) continue;
    try {
      const real = realpathSync(join(root, rel));
      if (!isInside(realRoot, real)) continue;
      const bytes = readCapped(real, maxBytes);
      if (typeof bytes !== 'number') assets.set(rel, bytes);
    } catch {
      // Absent or unreadable: the rule says so.
    }
  }
  return assets;
}

/** `assets/<name>`, one level deep, no dot-file, no way up. */
export function isAssetPath(rel: string): boolean {
  const prefix = `${ASSETS_FOLDER}/`;
  if (!rel.startsWith(prefix)) return false;
  const name = rel.slice(prefix.length);
  return name.length > 0 && !name.startsWith('.') && !/[/\\\0]/.test(name);
}
