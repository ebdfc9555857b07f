import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    pool: 'threads',
    // The machine's two cores are shared; the browser test also starts a server and Chromium.
    maxWorkers: 1,
    testTimeout: 20_000,
    // /docs imports Swagger UI's stylesheet as text (`?raw`); without this vitest hands CSS imports in empty.
    css: true,
  },
});
