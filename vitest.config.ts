import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default leaves a core idle (CPUs − 1); the browser, git and npm cases wait on other processes, so every core is used.
    maxWorkers: availableParallelism(),
  },
});
