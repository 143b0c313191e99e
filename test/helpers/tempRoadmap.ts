/** A fresh copy of the base roadmap for each test of a file, removed afterwards. */
import { afterEach, beforeEach } from 'vitest';
import { roadmapFrom, tempDir } from './cli.js';

export interface TempRoadmap {
  /** The temporary folder; the roadmap is its `roadmap/` sub-folder. */
  dir: string;
  root: string;
}

export function useTempRoadmap(prefix: string): TempRoadmap {
  const current = { dir: '', root: '' };
  let cleanup = () => {};
  beforeEach(() => {
    const temp = tempDir(prefix);
    cleanup = temp.cleanup;
    current.dir = temp.dir;
    current.root = roadmapFrom(temp.dir);
  });
  afterEach(() => cleanup());
  return current;
}
