/**
 * React and Ink must stay off the --json, --csv and plain-text paths (start-up time; scripts need no
 * terminal UI). A resolve hook refuses them, and @kefu/ui-kit's Ink entry, but lets through
 * `@kefu/ui-kit/text` (the kit's Ink-free labels and calendar grid, which those paths use); the commands
 * must still succeed under it.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

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

  /** The environment `kefu()` runs commands in: no forced colour, language or width. */
  const plainEnv = (): NodeJS.ProcessEnv => {
    const env = { ...process.env };
    for (const name of ['FORCE_COLOR', 'NO_COLOR', 'KEFU_LANG', 'COLUMNS']) delete env[name];
    return env;
  };

  const commands: readonly (readonly [string, readonly string[]])[] = [
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
  ];

  /**
   * Every command line in one Node process under the hook (fixtures/run-commands.mjs runs dist/main.js for
   * each in turn): one hooked start instead of twelve. Run once, on the first test that asks.
   */
  let ran: { argv: string[]; status: number; stderr: string }[] | undefined;
  const resultOf = (args: readonly string[]) => {
    ran ??= JSON.parse(
      execFileSync(
        process.execPath,
        [...nodeArgs, fixture('run-commands.mjs'), JSON.stringify(commands.map(([, argv]) => argv))],
        { encoding: 'utf8', env: plainEnv() },
      ),
    ) as { argv: string[]; status: number; stderr: string }[];
    const result = ran.find((r) => JSON.stringify(r.argv) === JSON.stringify(args));
    if (result === undefined) throw new Error(`no result for ${args.join(' ')}`);
    return result;
  };

  it.each(commands)('%s', (_name, args) => {
    const run = resultOf(args);
    expect(run.stderr).not.toContain('must not load it');
    expect(run.status).toBe(0);
  });

  it('a command that draws with Ink does fail under the hook in that one process (control)', () => {
    const out = execFileSync(
      process.execPath,
      [
        ...nodeArgs,
        fixture('run-commands.mjs'),
        JSON.stringify([
          ['rules', '--json'],
          ['calendar', '2026', '--month', '10'],
        ]),
      ],
      { encoding: 'utf8', env: { ...plainEnv(), FORCE_COLOR: '1' } },
    );
    const [plain, drawn] = JSON.parse(out) as { status: number; stderr: string }[];
    expect(plain?.status).toBe(0);
    expect(drawn?.status).not.toBe(0);
    expect(drawn?.stderr).toContain('must not load it');
  });
});
