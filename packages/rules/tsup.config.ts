import { defineConfig } from 'tsup';
import { policyEntries } from './scripts/entries.mjs';

export default defineConfig({
  // One entry per thing a caller may want alone, so a bundler takes only what it imports (#17): the whole
  // package, the calendar, each policy (`@kefu/rules/p08`), the seed's text. Code they share goes into
  // chunks, loaded once whichever entries a program imports (one registry, one configuration cache).
  entry: { index: 'src/index.ts', calendar: 'src/calendar.ts', 'seed/index': 'src/seed/index.ts', ...policyEntries },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  // Declarations come from tsc (tsconfig.build.json, run by the build script): one per source file.
  dts: false,
  sourcemap: true,
  clean: true,
  // For scripts/third-party-notices.mjs: which packages the build inlined (not published, see package.json files).
  metafile: true,
  // The calendar data is bundled so the package runs in a browser or worker with no JSON loader; zod,
  // opencc-js and leven stay dependencies (a caller's bundler dedupes them with its own copies).
  noExternal: ['chinese-days'],
  esbuildOptions(options) {
    // Licence comments of bundled code stay in the file they came with (the notices are also listed in
    // THIRD_PARTY_NOTICES.md).
    options.legalComments = 'eof';
  },
});
