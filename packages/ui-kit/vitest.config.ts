import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    pool: 'threads',
    maxWorkers: 1,
    // No test mocks a module or keeps state in one, so a worker's files share one module graph instead of
    // importing it again per file (issue #17: `pnpm test` under 2 minutes).
    isolate: false,
    // Deterministic output whatever the terminal or CI: always 16 colours, so tests can check the colours
    // and strip them (see src/test-helpers.ts) before checking the text.
    env: { FORCE_COLOR: '1' },
  },
});
