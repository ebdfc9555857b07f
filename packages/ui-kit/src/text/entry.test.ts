/**
 * `@kefu/ui-kit/text` must never load Ink or React: the CLI imports it on its --json, --csv and plain-text
 * paths, which must stay free of the terminal UI. Checked three ways: the sources, the built files, and
 * Node loading the entry by its package name with Ink and React refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const textSources = fileURLToPath(new URL('./', import.meta.url));
const INK_OR_REACT = /^(ink|react|react-dom|react-reconciler)(\/|$)/;

/** Module specifiers of the static and dynamic imports and re-exports in `code`. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

/** `file` and every file it reaches through relative imports, with the bare specifiers they import. */
function closure(file: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    for (const specifier of specifiers(readFileSync(path, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(path), specifier);
        // Sources import `./x.js` for `./x.ts`.
        visit(existsSync(target) ? target : target.replace(/\.js$/, '.ts'));
      } else bare.add(specifier);
    }
  };
  visit(file);
  return { files: [...files], bare: [...bare] };
}

describe('@kefu/ui-kit/text', () => {
  // Tables measure and wrap with the same two small packages Ink itself uses (#15: wrap, never cut); nothing
  // else, and never Ink or React.
  it('sources: src/text imports nothing outside src/text, and no package but string-width and wrap-ansi', () => {
    const sources = readdirSync(textSources).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources).toContain('index.ts');
    for (const source of sources) {
      const { files, bare } = closure(join(textSources, source));
      for (const specifier of bare) expect(['string-width', 'wrap-ansi'], source).toContain(specifier);
      for (const file of files) expect(file.startsWith(textSources), `${source} reaches ${file}`).toBe(true);
    }
  });

  it('build: dist/text/index.js and the chunks it loads import neither Ink nor React', () => {
    const entry = join(root, 'dist/text/index.js');
    expect(existsSync(entry), 'dist/text/index.js is missing: run `pnpm exec tsup` first').toBe(true);
    const { files, bare } = closure(entry);
    expect(bare.filter((s) => INK_OR_REACT.test(s))).toEqual([]);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from\s*["'](ink|react)/);
      expect(code, file).not.toMatch(/jsx-runtime/);
    }
    // The Ink entry, by contrast, does import them (so the check above can fail).
    expect(closure(join(root, 'dist/index.js')).bare).toEqual(expect.arrayContaining(['ink', 'react/jsx-runtime']));
  });

  it('package.json exports "./text" with its types, and both files are built', () => {
    const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      exports: { './text': { types: './dist/text/index.d.ts', import: './dist/text/index.js' } },
    });
    expect(existsSync(join(root, 'dist/text/index.d.ts'))).toBe(true);
  });

  describe('Node loads it by package name with Ink and React refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-kit-text-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (${INK_OR_REACT}.test(specifier)) throw new Error(\`\${specifier} was loaded by an Ink-free entry\`);
  return next(specifier, context);
}
`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
    );
    const load = (specifier: string, code: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          join(dir, 'register.mjs'),
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(specifier)}); ${code}`,
        ],
        { cwd: root, encoding: 'utf8' },
      );

    it('@kefu/ui-kit/text loads and works', () => {
      const child = load(
        '@kefu/ui-kit/text',
        `console.log(m.statusLabel('at-risk', 'zh'), m.formatSignedPoints(-1), m.calendarMonthTitle(2026, 2));`,
      );
      expect(child.stderr).toBe('');
      expect(child.stdout).toBe('有风险 \u22121 February 2026\n');
      expect(child.status).toBe(0);
    });

    it('control: @kefu/ui-kit (the Ink entry) is refused', () => {
      const child = load('@kefu/ui-kit', '');
      expect(child.status).not.toBe(0);
      expect(child.stderr).toContain('was loaded by an Ink-free entry');
    });
  });
});
