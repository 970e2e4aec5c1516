import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores in CI: forks keep native better-sqlite3 handles per process.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
