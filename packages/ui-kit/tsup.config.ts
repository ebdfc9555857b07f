import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  // The CLI brings its own copy of React and Ink (peer dependencies); never bundle them.
  external: ['react', 'react/jsx-runtime', 'ink'],
});
