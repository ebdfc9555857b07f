import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the runtime-agnostic app factory (Bun, Deno, Workers, Node); server: the Node entry only.
  entry: ['src/index.ts', 'src/server.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  // For scripts/third-party-notices.mjs: which packages the build inlined (not published, see package.json files).
  metafile: true,
});
