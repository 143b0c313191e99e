import type { Entity, Roadmap } from './types.js';

/**
 * The roadmap with every string copied out of the files it was read from.
 * A value the YAML parser or the front-matter splitter returns is a slice of
 * its file's text, and V8 keeps the whole text alive for the smallest slice:
 * a command that keeps the roadmap after it has let go of the files (the
 * site, the brief) would otherwise hold every file, about 30 MiB more heap on
 * 10 000 commitments, and the collector lets garbage grow in proportion.
 * A JSON round trip makes fresh strings (structuredClone keeps a third of
 * the slices' weight). It would turn a non-finite number into null: a valid
 * roadmap has none where it is read, and these commands only open valid ones.
 */
export function detachRoadmap(roadmap: Roadmap): Roadmap {
  const detach = <T>(entity: Entity<T>): Entity<T> => JSON.parse(JSON.stringify(entity)) as Entity<T>;
  return {
    ...(roadmap.convention ? { convention: detach(roadmap.convention) } : {}),
    partners: roadmap.partners.map(detach),
    axes: roadmap.axes.map(detach),
    commitments: roadmap.commitments.map(detach),
    meetings: roadmap.meetings.map(detach),
  };
}
