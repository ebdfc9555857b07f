import { describe, expect, it } from 'vitest';
import { json, kefu } from './helpers.js';

describe('--json holds on every error', () => {
  it('an unknown option under --json prints one usage error document on stdout (exit 2)', () => {
    const run = kefu(['rules', '--json', '--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
    expect(json(run)).toEqual({
      ok: false,
      error: { code: 'usage', message: "unknown option '--bogus'", issues: [] },
    });
  });

  it('a missing required option under --json prints a usage error document naming it', () => {
    const run = kefu(['evaluate', 'P12.lateness', '--json']);
    expect(run.status).toBe(2);
    expect(json(run)).toMatchObject({ ok: false, error: { code: 'usage', issues: [] } });
    expect(JSON.stringify(json(run))).toContain('--facts');
  });

  it('conflicting formats under --json print a usage error document', () => {
    const run = kefu(['audit', '-', '--json', '--csv']);
    expect(run.status).toBe(2);
    expect(json(run)).toMatchObject({ ok: false, error: { code: 'usage' } });
  });

  it('--help and --version with --json still print their own text and exit 0', () => {
    const help = kefu(['rules', '--json', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: kefu rules');
    expect(help.stdout).not.toContain('"ok"');
  });
});
