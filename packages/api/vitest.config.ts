import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    pool: 'threads',
    // The machine's two cores are shared; the browser test also starts a server and Chromium.
    maxWorkers: 1,
    // No test mocks a module or keeps state in one, so a worker's files share one module graph instead of
    // importing it again per file (issue #17: `pnpm test` under 2 minutes).
    isolate: false,
    testTimeout: 20_000,
    // /docs imports Swagger UI's stylesheet as text (`?raw`); without this vitest hands CSS imports in empty.
    css: true,
  },
});
