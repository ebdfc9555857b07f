/**
 * #17, browser and edge bundles: a caller's bundler takes only the entry it imports. Each entry is bundled
 * here with esbuild as a browser app would bundle it (minified, dependencies included), and its gzipped
 * size held under a budget. Before the split every import, `addWorkingDays` alone included, bundled to
 * 1.07 MB minified (264 KiB gzipped), 258 KB of it zod's 64 locales.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const KiB = 1024;
const packageDir = new URL('..', import.meta.url).pathname;

async function bundle(source: string): Promise<{ minified: number; gzipped: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  if (!output || !meta) throw new Error('esbuild wrote nothing');
  return {
    minified: output.contents.length,
    gzipped: gzipSync(output.contents).length,
    // The modules that put code into the bundle (the metafile also lists those tree-shaken to nothing).
    inputs: Object.entries(meta.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  };
}

const policies = Array.from({ length: 14 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
/**
 * P01 goes over 120 KiB (121.7): it matches Chinese phrases with OpenCC's dictionaries (59 KiB gzipped), as
 * P04, P05, P06 and P08 do, and the kernel gained its user-worded validation messages, did-you-mean (leven)
 * and calendar files (#15). Its budget is 125 KiB until the OpenCC data is trimmed (issue #17 stays open for
 * it). P10 came under 120 KiB when its window stopped using luxon (kernel/iso-duration.ts), by 41 bytes; the
 * speed layer as objects (#14: the instant codec, word memo and prepared evaluator every policy entry now
 * carries, in place of module caches) puts it at 120.3 KiB, so its budget is 121 KiB.
 */
const policyBudget = (code: string): number => (code === 'p01' ? 125 : code === 'p10' ? 121 : 120) * KiB;

describe('entry bundle sizes, esbuild minified and gzipped (#17 browser and edge bundles)', () => {
  it('the calendar alone (@kefu/rules/calendar) stays under 60 KiB gzipped, without any rule', async () => {
    const size = await bundle(
      "import { addWorkingDays } from '@kefu/rules/calendar'; console.log(addWorkingDays('2026-09-30', 2));",
    );
    expect(size.gzipped).toBeLessThan(60 * KiB);
    expect(size.inputs.filter((f) => f.includes('/policies/'))).toEqual([]);
  });

  it.each(policies)('one policy (@kefu/rules/%s) stays within its budget, without the other policies', async (code) => {
    const size = await bundle(`import * as policy from '@kefu/rules/${code}'; console.log(policy);`);
    expect(size.gzipped).toBeLessThan(policyBudget(code));
    const others = size.inputs.filter((f) => /dist\/policies\/p\d\d\.js$/.test(f) && !f.endsWith(`${code}.js`));
    expect(others).toEqual([]);
  });

  it("zod's locales stay out: only English, the one zod configures, is bundled", async () => {
    const size = await bundle(
      "import { evaluate } from '@kefu/rules'; console.log(evaluate('P01.complaint-reply', {}));",
    );
    const locales = size.inputs.filter((f) => f.includes('/zod/') && f.includes('/locales/'));
    expect(locales.map((f) => f.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
  });
});
