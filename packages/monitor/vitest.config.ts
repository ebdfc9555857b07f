import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // PostgreSQL tests need a server: `pnpm test:pg` (vitest.pg.config.ts) runs them, CI with KEFU_TEST_DATABASE_URL.
    exclude: ['src/**/*.pg.test.ts'],
    pool: 'threads',
    // The machine's two cores are shared, and each test file opens its own PGlite (a WASM Postgres).
    maxWorkers: 1,
    testTimeout: 120_000,
    // Opening a PGlite (initdb in WASM) takes seconds on a busy machine.
    hookTimeout: 120_000,
  },
});
