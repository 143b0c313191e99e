/** The pipeline as a pure stage (files → checked roadmap), and `brief --since` reading the working tree once. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFiles } from '../src/check/checkFiles.js';
import { buildDiffReport } from '../src/commands/opening/buildDiffReport.js';
import { openRoadmap } from '../src/commands/opening/openRoadmap.js';
import type { Io } from '../src/io/io.js';
import { detachEntity } from '../src/model/detachEntity.js';
import { loadRoadmap } from '../src/model/loadRoadmap.js';
import { SchemaValidator } from '../src/model/schemaValidator.js';
import { readFolder } from '../src/read/readFolder.js';
import { REGION, diffHistory } from './helpers/diffHistory.js';
import { ROOT, roadmapFrom, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-25';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function io(cwd: string): Io {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    cwd,
    env: {},
    isTTY: false,
    now: () => new Date(`${AS_OF}T12:00:00Z`),
  };
}

describe('the pipeline as a stage', () => {
  it("checks files held in memory, with the problems met while reading them, in the roadmap's language", () => {
    const { dir, cleanup } = tempDir('pipeline-');
    cleanups.push(cleanup);
    const { files } = readFolder(roadmapFrom(dir));
    const broken = files.map((file) =>
      file.rel === 'partners/cci.yaml' ? { rel: file.rel, bytes: new TextEncoder().encode('id: cci\n') } : file,
    );
    const readProblem = {
      rule: 'read/unexpected-file',
      file: 'partners/notes.txt',
      at: { offset: 0 },
      params: { expected: '.yaml' },
    };
    const checked = checkFiles('/nowhere/roadmap', broken, [readProblem], {
      asOf: AS_OF,
      today: AS_OF,
      lang: 'en',
      explicitLang: false,
    });
    expect(checked.lang).toBe('fr');
    expect(checked.label).toBe('roadmap');
    expect(checked.results().map((result) => `${result.file} ${result.rule}`)).toContain(
      'roadmap/partners/notes.txt read/unexpected-file',
    );
    expect(
      checked
        .results()
        .filter((result) => result.file === 'roadmap/partners/cci.yaml')
        .map((result) => result.rule),
    ).toContain('schema/required');
    expect(checked.errors).toBeGreaterThan(0);
  });

  it('brief --since compares a revision with the working tree the command already read, not a second reading', () => {
    const history = diffHistory();
    cleanups.push(history.cleanup);
    const opened = openRoadmap(io(history.repo.top), { dir: history.dir, asOf: AS_OF, lang: 'en' });
    // Changed on disk after the command read the folder: a second reading would see it.
    writeFileSync(
      join(history.dir, 'partners', 'late.yaml'),
      REGION.replace('id: region', 'id: late').replace('short_name: Région', 'short_name: Tard'),
    );
    const request = { dir: history.dir, lang: 'en' as const, asOf: AS_OF, from: history.commits.a, to: null };
    const partnersSeen = (working?: typeof opened) =>
      buildDiffReport(io(history.repo.top), { ...request, working }).report.diff!.partners.map((change) => change.id);
    expect(partnersSeen(opened)).not.toContain('late');
    expect(partnersSeen()).toContain('late');
  });
});

describe('loading with detach', () => {
  it('keeps every value of the bundled roadmap, bodies and odd keys included', () => {
    const { files } = readFolder(join(ROOT, 'roadmap'));
    const roadmap = loadRoadmap(files, new SchemaValidator()).roadmap;
    const detached = loadRoadmap(files, new SchemaValidator(), { detach: true }).roadmap;
    expect(detached).toEqual(roadmap);
    expect(detached.commitments.length).toBeGreaterThan(10);
    expect(
      detached.commitments.every(
        (entity, index) => entity.body === roadmap.commitments[index]!.body && entity.body.length > 0,
      ),
    ).toBe(true);
  });

  it('keeps a key named __proto__ a key, and a non-finite number as read, for the rules to refuse', () => {
    const partner = {
      data: JSON.parse('{"id":"x","__proto__":{"polluted":true}}') as Record<string, unknown>,
      file: 'partners/x.yaml',
      body: '',
    };
    const copy = detachEntity(partner);
    expect(copy).not.toBe(partner);
    expect(Object.getPrototypeOf(copy.data)).toBe(Object.prototype);
    expect(Object.keys(copy.data)).toContain('__proto__');
    const odd = {
      data: { id: 'y', progress: Number.NaN, nested: [{ target: Number.POSITIVE_INFINITY }] },
      file: 'commitments/y.md',
      body: 'text',
    };
    expect(detachEntity(odd)).toBe(odd);
    expect(Number.isNaN(detachEntity(odd).data.progress)).toBe(true);
  });
});
