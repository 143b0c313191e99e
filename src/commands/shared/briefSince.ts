import type { Io } from '../../io/io.js';
import type { SinceChanges } from '../../render/brief/sections/sinceSection.js';
import { sinceChanges } from '../../render/diff/sinceChanges.js';
import { buildDiffReport } from './buildDiffReport.js';
import type { OpenedRoadmap } from './openRoadmap.js';

/** `brief --since <rev>`: the diff engine's changes from `rev` to the working tree, for the brief's section. */
export function briefSince(io: Io, opened: OpenedRoadmap, rev: string, options: { dir?: unknown; lang?: unknown }): SinceChanges {
  const { report } = buildDiffReport(io, { dir: options.dir, lang: options.lang, asOf: opened.asOf, from: rev, to: null, working: opened });
  return sinceChanges(report, opened.lang, rev);
}
