/**
 * React and Ink must stay off the --json, --csv and plain-text paths (start-up time; scripts need no
 * terminal UI). A resolve hook refuses them; the commands must still succeed under it.
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
