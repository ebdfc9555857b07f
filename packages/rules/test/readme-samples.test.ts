/**
 * #17: the README's first sample was wrong (`out.result.status; // 'at-risk'` was 'pending'). Every fenced
 * `ts` block of the root README and of this package's README is run here against the build, as a module
 * importing `@kefu/rules`, and each `expression; // 'value'` comment is checked:
 * - `// 'value'` (optionally followed by ` — a remark`): the expression equals the value; a `…` inside the
 *   quotes stands for elided text, so the parts around it must appear in that order;
 * - `// 'a' | 'b' | …`: the expression is one of the values listed (such a line documents an error branch:
 *   checked when reached);
 * - any other comment is prose and is not checked.
 * The names a sample leaves to the reader (a configuration, an organisation file, the lines of a log, a
 * request body) are bound to the example office under examples/property-office.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url);
const readmes = ['README.md', 'packages/rules/README.md'];
const requireFromPackage = createRequire(new URL('../package.json', import.meta.url));

/** The bindings a sample leaves to the reader, from the example office. */
const prelude = `
import { readFileSync as __read, createReadStream as __stream } from 'node:fs';
const __example = (name) => new URL('examples/property-office/' + name, ${JSON.stringify(repo.href)});
const __json = (name) => JSON.parse(__read(__example(name), 'utf8'));
const config = __json('config.json');
const stricterConfig = __json('config.strict.json');
const stricter = stricterConfig;
const org = __json('org.json');
const asOf = '2026-05-01T00:00:00+08:00';
const lines = __read(__example('events.ndjson'), 'utf8').split('\\n');
const fileStreamOrFetchBody = __stream(__example('events.ndjson'));
const response = { body: __stream(__example('events.ndjson')) };
const body = { facts: { rings: 4, greeting: '您好，湖畔花园物业' }, asOf };
const console = { log() {} };
`;

interface Check {
  readonly line: number;
  readonly expression: string;
  readonly values: readonly string[];
  /** One value to equal (else: one of several, in a branch that may not run). */
  readonly single: boolean;
}

const CHECKED = /^(\s*)(.+?);\s*\/\/\s*('(?:[^'\\]|\\.)*'(?:\s*\|\s*(?:'(?:[^'\\]|\\.)*'|…))*)(?:\s+—.*)?$/;

function blocksOf(file: string): { line: number; code: string }[] {
  const text = readFileSync(new URL(file, repo), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    code: m[1] ?? '',
  }));
}

/** The block with each checked comment turned into a call that records what the expression gave. */
function instrument(code: string, firstLine: number): { source: string; checks: Check[] } {
  const checks: Check[] = [];
  const lines = code.split('\n').map((text, i) => {
    const m = CHECKED.exec(text);
    if (!m) return text;
    const [, indent = '', expression = '', literal = ''] = m;
    const values = [...literal.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((v) => v[1] ?? '');
    const check = { line: firstLine + 1 + i, expression, values, single: !literal.includes('|') };
    checks.push(check);
    return `${indent}__seen(${checks.length - 1}, (${expression}));`;
  });
  const source = lines.join('\n').replace(/from '(@kefu\/rules[^']*)'/g, (_, id: string) => {
    return `from '${pathToFileURL(requireFromPackage.resolve(id)).href}'`;
  });
  return { source, checks };
}

/** Whether a value matches a documented value, `…` standing for elided text. */
function matches(actual: unknown, documented: string): boolean {
  if (typeof actual !== 'string') return false;
  const parts = documented.split('…');
  if (parts.length === 1) return actual === documented;
  let at = 0;
  return parts.every((part, i) => {
    const found = i === 0 ? (actual.startsWith(part) ? 0 : -1) : actual.indexOf(part, at);
    at = found + part.length;
    return found >= 0 && (i < parts.length - 1 || actual.endsWith(part));
  });
}

const cases = readmes.flatMap((file) => blocksOf(file).map((block) => [`${file}:${block.line}`, block] as const));

describe('README samples run and say true (#17: the first sample said at-risk, the code said pending)', () => {
  it('finds the samples', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s', async (_, block) => {
    const { source, checks } = instrument(block.code, block.line);
    const seen = new Map<number, unknown>();
    const key = `__kefuReadme${block.line}`;
    (globalThis as Record<string, unknown>)[key] = (index: number, value: unknown) => seen.set(index, value);
    const { code } = await transform(`${prelude}\nconst __seen = globalThis.${key};\n${source}`, {
      loader: 'ts',
      format: 'esm',
    });
    await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    for (const [index, check] of checks.entries()) {
      const where = `line ${check.line}: ${check.expression}`;
      if (check.single) expect(seen.has(index), `${where} never ran`).toBe(true);
      if (!seen.has(index)) continue;
      const actual = seen.get(index);
      expect(
        check.values.some((v) => matches(actual, v)),
        `${where} is ${JSON.stringify(actual)}`,
      ).toBe(true);
    }
  });
});
