import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that keep a fresh process each: those that drive Chromium, and the
 * end-to-end install. Every other file shares its worker with the files before
 * it (isolate: false): the CLI's modules are loaded and compiled once per worker
 * rather than once per file, about a third of the suite's CPU time. No file of
 * that group changes globals it does not restore (vi.stubEnv is undone in
 * afterEach); `vitest run --sequence.shuffle.files` checks that no file depends
 * on another running first.
 */
const OWN_PROCESS = [
  'test/adoption-e2e.test.ts',
  'test/brief-accessibility.test.ts',
  'test/brief-browser.test.ts',
  'test/documents-print.test.ts',
  'test/meeting-browser.test.ts',
  'test/office-documents.test.ts',
  'test/office-readers.test.ts',
  'test/site-browser.test.ts',
  'test/site-search.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default leaves a core idle (CPUs − 1); the browser, git and npm cases wait on other processes, so every core is used.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'shared-worker', include: ['test/**/*.test.ts'], exclude: OWN_PROCESS, isolate: false },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS } },
    ],
  },
});
