/**
 * React and Ink must stay off the --json, --csv and plain-text paths (start-up time; scripts need no
 * terminal UI). A resolve hook refuses them, and @kefu/ui-kit's Ink entry, but lets through
 * `@kefu/ui-kit/text` (the kit's Ink-free labels and calendar grid, which those paths use); the commands
 * must still succeed under it.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, kefu } from './helpers.js';

const nodeArgs = ['--import', fixture('block-ink.mjs')];
const late = JSON.stringify({ receivedAt: '2026-03-02T09:00:00+08:00', valid: true });

describe('React and Ink are loaded only to draw on a terminal', () => {
  it('the hook does refuse Ink (control): loading the Ink chunk of dist fails under it', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    const chunk = readdirSync(dist).find((f) => /^ink-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    const child = spawnSync(
      process.execPath,
      [...nodeArgs, '--input-type=module', '-e', `await import(${JSON.stringify(dist + chunk)})`],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain('was loaded on a path that must not load it');
  });

  // Resolved from the CLI's own node_modules, as dist/bin.js resolves them.
  const load = (specifier: string) =>
    spawnSync(
      process.execPath,
      [...nodeArgs, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        encoding: 'utf8',
      },
    );

  it.each(['@kefu/ui-kit', 'ink', 'react'])('the hook refuses %s (control)', (specifier) => {
    const child = load(specifier);
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain(`kefu test: ${specifier} was loaded on a path that must not load it`);
  });

  it('the hook lets @kefu/ui-kit/text through, and it loads without Ink or React', () => {
    const child = load('@kefu/ui-kit/text');
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  });

  it.each([
    ['rules --json', ['rules', '--json']],
    ['rules (plain text)', ['rules']],
    ['show --json', ['show', 'P01.complaint-reply', '--json']],
    ['show (plain text)', ['show', 'P01']],
    [
      'evaluate --json',
      ['evaluate', 'P01.complaint-reply', '--facts', late, '--as-of', '2026-03-02T10:00:00+08:00', '--json'],
    ],
    [
      'evaluate (plain text)',
      ['evaluate', 'P01.complaint-reply', '--facts', late, '--as-of', '2026-03-02T10:00:00+08:00'],
    ],
    ['calendar --json', ['calendar', '2026', '--json']],
    ['calendar (plain text)', ['calendar', '2026']],
    ['audit --json', ['audit', fixture('events.ndjson'), '--json', '--as-of', '2026-03-31T00:00:00+08:00']],
    ['audit --csv', ['audit', fixture('events.ndjson'), '--csv']],
    ['audit (plain text)', ['audit', fixture('events.ndjson'), '--compare', fixture('config-3h.json')]],
    ['--help', ['--help']],
  ])('%s', (_name, args) => {
    const run = kefu(args, { nodeArgs });
    expect(run.stderr).not.toContain('must not load it');
    expect(run.status).toBe(0);
  });
});
