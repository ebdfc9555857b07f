import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // Property tests run hundreds of cases; CI runs two packages' suites at once on two cores.
    testTimeout: 30_000,
  },
});
