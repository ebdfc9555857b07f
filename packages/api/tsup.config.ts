import { defineConfig } from 'tsup';
import { rawText } from './build/raw-text.mjs';

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
  // Swagger UI's script and style, bundled as text for /docs (see src/docs.ts).
  esbuildPlugins: [rawText],
  // Bundled, never imported at run time (so a build-time dependency only).
  noExternal: [/^swagger-ui-dist\//],
  // For scripts/third-party-notices.mjs: which packages the build inlined (not published, see package.json files).
  metafile: true,
});
