import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'seed/index': 'src/seed/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  // The calendar data is bundled so the package runs in a browser or worker with no JSON loader.
  noExternal: ['chinese-days'],
});
