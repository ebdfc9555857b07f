/**
 * `kefu rules` and `kefu show` read dist/registry.json, written at build time from the bundled @kefu/rules.
 * It must say exactly what the engine says, and kefu must still work without it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policies } from '@kefu/rules';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../src/registry/build.js';
import { json, kefu } from './helpers.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

describe('the registry file', () => {
  it('matches the engine rule for rule', () => {
    const built = JSON.parse(readFileSync(join(dist, 'registry.json'), 'utf8'));
    expect(built).toEqual(JSON.parse(JSON.stringify(buildRegistry(policies))));
    expect(json(kefu(['rules', '--json']))).toEqual(built.rules);
  });

  it('is rebuilt from the engine when missing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kefu-dist-'));
    try {
      cpSync(dist, join(copy, 'dist'), { recursive: true });
      rmSync(join(copy, 'dist', 'registry.json'));
      // The external packages (@kefu/ui-kit/text on this path) resolve from the CLI's node_modules, as installed.
      symlinkSync(fileURLToPath(new URL('../node_modules/', import.meta.url)), join(copy, 'node_modules'), 'dir');
      const bin = join(copy, 'dist', 'bin.js');
      const child = spawnSync(process.execPath, [bin, 'rules', '--json'], { encoding: 'utf8' });
      expect(child.status).toBe(0);
      expect(JSON.parse(child.stdout)).toEqual(json(kefu(['rules', '--json'])));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
