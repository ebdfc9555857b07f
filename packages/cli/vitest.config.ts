import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The packed-tarball install test installs from the npm registry (about 100 s): its own step,
    // `pnpm --filter @kefu/cli test:install`, which CI runs after `pnpm test`.
    exclude: process.env.KEFU_INSTALL_TEST === '1' ? [] : ['test/install.test.ts'],
    pool: 'threads',
    // Most tests wait on a spawned `kefu`: two files at a time keep both cores busy while one waits.
    maxWorkers: 2,
    // No test mocks a module or keeps state in one, so a worker's files share one module graph (issue #17).
    isolate: false,
    // The command tests run the built binary: build it once, first.
    globalSetup: ['test/global-setup.ts'],
    // Loads dist/main.js once per worker, within the hook timeout, for the in-process command runs (kefuIn).
    setupFiles: ['test/setup.ts'],
    // The built CLI is loaded by Node as it is, as `kefu` loads it: not transformed by Vite (which cost more
    // than running the commands).
    server: { deps: { external: [/\/packages\/cli\/dist\//] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
