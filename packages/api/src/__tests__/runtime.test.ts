import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    // node/ holds the Node entry's own helpers, like server.ts.
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'node' ? [] : sources(path);
    return e.name.endsWith('.ts') && e.name !== 'server.ts' ? [path] : [];
  });
}

describe('the app factory is runtime-agnostic', () => {
  it('uses no Node API outside server.ts and node/', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"]node:|from ['"](fs|path|os|crypto|http|stream)['"]/);
      expect(text, file).not.toMatch(/\bprocess\.|\bBuffer\b|\b__dirname\b|from ['"]@hono\/node-server/);
    }
  });
});
