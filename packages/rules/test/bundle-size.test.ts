/**
 * #17, browser and edge bundles: a caller's bundler takes only the entry it imports. Each entry is bundled
 * here with esbuild as a browser app would bundle it (minified, dependencies included), and its gzipped
 * size held under a budget. Before the split every import, `addWorkingDays` alone included, bundled to
 * 1.07 MB minified (264 KiB gzipped), 258 KB of it zod's 64 locales.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const KiB = 1024;
const packageDir = new URL('..', import.meta.url).pathname;

interface Size {
  readonly minified: number;
  readonly gzipped: number;
  readonly inputs: readonly string[];
}

/** Each app's source as a module esbuild can take as an entry point (`app:<name>`). */
function apps(sources: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'apps',
    setup(b) {
      b.onResolve({ filter: /^app:/ }, (args) => ({ path: args.path.slice('app:'.length), namespace: 'app' }));
      b.onLoad({ filter: /.*/, namespace: 'app' }, (args) => ({
        contents: sources[args.path] ?? '',
        resolveDir: packageDir,
        loader: 'js',
      }));
    },
  };
}

/**
 * Bundles each app as its own bundle, minified, in one esbuild run: without code splitting every output
 * is linked on its own (the same bytes as bundling the app alone), while the package and its dependencies
 * are parsed once rather than once per app (the suite's time, #17 "pnpm test under 2 minutes").
 */
async function bundleEach(sources: Readonly<Record<string, string>>): Promise<Map<string, Size>> {
  const result = await build({
    entryPoints: Object.keys(sources).map((name) => ({ in: `app:${name}`, out: name })),
    plugins: [apps(sources)],
    bundle: true,
    splitting: false,
    minify: true,
    write: false,
    outdir: 'bundles',
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  const sizes = new Map<string, Size>();
  for (const [path, meta] of Object.entries(result.metafile.outputs)) {
    const name = meta.entryPoint?.replace(/^app:/, '');
    const output = result.outputFiles.find((file) => file.path.endsWith(`/${path}`));
    if (name === undefined || output === undefined) continue;
    sizes.set(name, {
      minified: output.contents.length,
      gzipped: gzipSync(output.contents).length,
      // The modules that put code into the bundle (the metafile also lists those tree-shaken to nothing).
      inputs: Object.entries(meta.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([file]) => file),
    });
  }
  return sizes;
}

const policies = Array.from({ length: 14 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
/**
 * Every policy stays under 120 KiB. P01 was 121.7 KiB: it matches Chinese phrases, and `opencc-js/t2cn`
 * brought the Hong Kong, Taiwan and Japanese tables along with the three traditional → simplified ones
 * Kefu reads; the converter is now assembled from those three (kernel/opencc-t2s.ts) and P01 is ~95 KiB.
 */
const POLICY_BUDGET = 120 * KiB;

/** The apps: each imports one entry, as a browser or edge app would. */
const sources: Record<string, string> = {
  calendar: "import { addWorkingDays } from '@kefu/rules/calendar'; console.log(addWorkingDays('2026-09-30', 2));",
  main: "import { evaluate } from '@kefu/rules'; console.log(evaluate('P01.complaint-reply', {}));",
  ...Object.fromEntries(
    policies.map((code) => [code, `import * as policy from '@kefu/rules/${code}'; console.log(policy);`]),
  ),
};

describe('entry bundle sizes, esbuild minified and gzipped (#17 browser and edge bundles)', () => {
  // Built once, on first use, for every test of the file.
  let built: Promise<Map<string, Size>> | undefined;
  async function sizeOf(name: string): Promise<Size> {
    built ??= bundleEach(sources);
    const size = (await built).get(name);
    if (size === undefined) throw new Error(`esbuild wrote no bundle for ${name}`);
    return size;
  }

  it('the calendar alone (@kefu/rules/calendar) stays under 60 KiB gzipped, without any rule', async () => {
    const size = await sizeOf('calendar');
    expect(size.gzipped).toBeLessThan(60 * KiB);
    expect(size.inputs.filter((f) => f.includes('/policies/'))).toEqual([]);
  });

  it.each(policies)(
    'one policy (@kefu/rules/%s) stays under 120 KiB gzipped, without the other policies',
    async (code) => {
      const size = await sizeOf(code);
      expect(size.gzipped).toBeLessThan(POLICY_BUDGET);
      const others = size.inputs.filter((f) => /dist\/policies\/p\d\d\.js$/.test(f) && !f.endsWith(`${code}.js`));
      expect(others).toEqual([]);
    },
  );

  it("zod's locales stay out: only English, the one zod configures, is bundled", async () => {
    const size = await sizeOf('main');
    const locales = size.inputs.filter((f) => f.includes('/zod/') && f.includes('/locales/'));
    expect(locales.map((f) => f.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
  });

  it('each bundle is the very bundle of its app built alone (the one run shares only the parsing)', async () => {
    const alone = await build({
      stdin: { contents: sources.calendar ?? '', resolveDir: packageDir, loader: 'js' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    expect((await sizeOf('calendar')).minified).toBe(alone.outputFiles[0]?.contents.length);
  });
});
