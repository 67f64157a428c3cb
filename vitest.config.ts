import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against hangs only (a stuck server, a browser that never answers), not a speed check.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
