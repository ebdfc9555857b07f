import { defineConfig } from 'vitest/config';

// The PostgreSQL tests: run by CI with KEFU_TEST_DATABASE_URL set; they fail loudly without it (never skip).
export default defineConfig({
  test: {
    include: ['src/**/*.pg.test.ts'],
    pool: 'threads',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
