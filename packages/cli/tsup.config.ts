import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { buildRegistry } from './src/registry/build.js';
import { REGISTRY_FILE } from './src/registry/load.js';

export default defineConfig({
  entry: ['src/bin.ts'],
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
  // resolving their hundreds of files one by one. The Ink side (ink, react, ink-text-input, @kefu/ui-kit)
  // stays external: it is loaded only on a terminal. `@kefu/ui-kit/text`, the kit's Ink-free entry (labels,
  // sanction lines, the calendar grid), stays external too and is imported statically by the plain-text
  // paths: it resolves at run time from node_modules (a workspace dependency) to ui-kit's dist/text/index.js,
  // which imports neither Ink nor React (test/lazy-ink.test.ts holds both sides to that).
  noExternal: ['@kefu/rules', 'zod', 'luxon', 'commander', 'cli-table3', 'csv-stringify'],
  external: ['ink', 'react', 'react/jsx-runtime', 'ink-text-input', '@kefu/ui-kit', '@kefu/ui-kit/text'],
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
