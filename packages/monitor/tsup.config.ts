import { defineConfig } from 'tsup';

export default defineConfig({
  // `delivery` alone: a webhook receiver verifying signatures loads no database driver.
  entry: { index: 'src/index.ts', delivery: 'src/delivery/index.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', delivery: 'src/delivery/index.ts' } },
  sourcemap: true,
  clean: true,
});
