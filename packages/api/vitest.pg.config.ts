import { defineConfig } from 'vitest/config';

/**
 * The PostgreSQL tests (`pnpm --filter @kefu/api test:pg`, run by CI with a server it installs): they need
 * KEFU_TEST_DATABASE_URL and fail, never skip, without it.
 */
export default defineConfig({
  test: {
    include: ['test-pg/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 1,
    testTimeout: 240_000,
  },
});
