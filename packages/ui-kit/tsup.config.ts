import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the Ink components (dist/index.js) and the Ink-free plain-text helpers (dist/text/index.js,
  // `@kefu/ui-kit/text`). Code both use is split into shared chunks, which import neither Ink nor React.
  entry: { index: 'src/index.ts', 'text/index': 'src/text/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  // For scripts/third-party-notices.mjs: which packages the build inlined (not published, see package.json files).
  metafile: true,
  // The CLI brings its own copy of React and Ink (peer dependencies); never bundle them.
  external: ['react', 'react/jsx-runtime', 'ink'],
});
