import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL server for the run (test/helpers/postgres.ts).
    globalSetup: ['test/global-setup.ts'],
    // A guard against hangs only (a stuck server, a browser that never answers), not a speed check.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
