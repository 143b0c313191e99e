import type { Entity } from './types.js';

/**
 * An entity with every string copied out of the file it was read from. A
 * value the YAML parser or the front-matter splitter returns is a slice of
 * its file's text, and V8 keeps the whole text alive for the smallest slice:
 * a command that keeps the roadmap after it has let go of the files (the
 * site, the brief) would otherwise hold every file, about 30 MiB more heap on
 * 10 000 commitments, and the collector lets garbage grow in proportion.
 * Copied as each file is read, not once at the end, so that the roadmap is
 * never held twice.
 *
 * A JSON round trip makes fresh strings (structuredClone keeps a third of the
 * slices' weight); it would turn a non-finite number into null, so an entity
 * holding one (which the rules then refuse) is kept as it was read.
 */
export function detachEntity<T>(entity: Entity<T>): Entity<T> {
  if (holdsNonFinite(entity.data)) return entity;
  return JSON.parse(JSON.stringify(entity)) as Entity<T>;
}

function holdsNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsNonFinite);
}
