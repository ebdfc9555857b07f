// An esbuild plugin (used by tsup and the server test's build): `import text from 'pkg/file.js?raw'` gives
// the file's text, as Vite (and so vitest) does natively. The API bundles Swagger UI's assets this way, so
// the app factory serves /docs without a file system or a CDN on every runtime.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const rawText = {
  name: 'raw-text',
  setup(build) {
    // The path keeps its `?raw`: tsup's own CSS loader takes any path ending in .css, whatever its namespace.
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: `${createRequire(args.importer).resolve(args.path.slice(0, -'?raw'.length))}?raw`,
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path.slice(0, -'?raw'.length), 'utf8'),
      loader: 'text',
    }));
  },
};
