import { describe, expect, it } from 'vitest';
import { hasColour, kefu } from './helpers.js';

describe('kefu conventions', () => {
  it('--help lists every command and exits 0', () => {
    const run = kefu(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['rules', 'show', 'evaluate', 'audit', 'calendar']) expect(run.stdout).toContain(command);
  });

  it('--version prints the version', () => {
    const run = kefu(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('no arguments off a terminal prints usage and exits 2', () => {
    const run = kefu([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: kefu');
  });

  it('unknown commands, options and choices are usage errors (exit 2) that name the culprit', () => {
    const command = kefu(['evaluat']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("unknown command 'evaluat'");
    const option = kefu(['rules', '--jsn']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("unknown option '--jsn'");
    const lang = kefu(['rules', '--lang', 'fr']);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain("'fr' is invalid");
  });

  it('prints no colour when not on a terminal, even when asked for it by NO_COLOR being unset', () => {
    const run = kefu(['calendar', '2026', '--month', '10']);
    expect(hasColour(run.stdout)).toBe(false);
  });
});
