import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the runtime-agnostic app factory (Bun, Deno, Workers, Node); server: the Node entry only, and
  // audit-worker: the worker thread it runs each audit in (loaded from beside server.js).
  entry: { index: 'src/index.ts', server: 'src/server.ts', 'audit-worker': 'src/node/audit-worker.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
});
