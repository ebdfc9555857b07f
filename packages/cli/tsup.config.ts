import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { buildRegistry } from './src/registry/build.js';
import { REGISTRY_FILE } from './src/registry/load.js';

export default defineConfig({
  // `main` is its own entry so that the tests can run a command in their own process (test/helpers.ts
  // `kefuIn`), on the very code `bin.js` runs, where the process boundary is not what they check.
  entry: ['src/bin.ts', 'src/main.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  // For scripts/third-party-notices.mjs: which packages the build inlined (not published, see package.json files).
  metafile: true,
  sourcemap: true,
  // Every dynamic import() becomes its own chunk: React, Ink and @kefu/ui-kit are reached only from the
  // terminal-drawing and interactive chunks, and the rule engine only from the commands that evaluate.
  splitting: true,
  // The rule engine, zod, luxon and the CommonJS helpers are bundled: loading one chunk is much faster than
  // resolving their hundreds of files one by one. @kefu/ui-kit is bundled too, so `npm i -g @kefu/cli`
  // needs no other Kefu package (#17): its Ink components land in the chunks only a terminal loads, and
  // `@kefu/ui-kit/text`, its Ink-free entry (labels, sanction lines, the calendar grid), in the chunks of
  // the plain-text paths, which import neither Ink nor React (test/lazy-ink.test.ts holds both sides to
  // that). Ink, React and @inkjs/ui stay external (dependencies): loaded only on a terminal; so do exceljs
  // and Chart.js (loaded, or read as text, only for --xlsx and --html).
  noExternal: [
    '@kefu/rules',
    '@kefu/ui-kit',
    'zod',
    'luxon',
    'commander',
    'cli-table3',
    'csv-stringify',
    'eventsource-parser',
  ],
  external: ['ink', 'react', 'react/jsx-runtime', '@inkjs/ui', 'exceljs', 'chart.js'],
  banner: {
    // The shebang makes dist/bin.js executable; `require` lets the bundled CommonJS (commander, cli-table3)
    // load Node built-ins from an ES module.
    js: "#!/usr/bin/env node\nimport { createRequire as __kefuCreateRequire } from 'node:module';\nconst require = __kefuCreateRequire(import.meta.url);",
  },
  esbuildOptions(options) {
    // The licence comments of what is bundled (zod, luxon, commander, …) stay at the end of each file; the
    // full licences are in THIRD_PARTY_NOTICES.md (#13, #17).
    options.legalComments = 'eof';
  },
  // The registry as JSON, from the same @kefu/rules that was just bundled (see src/registry/load.ts).
  async onSuccess() {
    const { policies } = await import('@kefu/rules');
    await writeFile(`dist/${REGISTRY_FILE}`, `${JSON.stringify(buildRegistry(policies))}\n`);
  },
});
