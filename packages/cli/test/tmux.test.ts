/**
 * The real-terminal check: run `kefu` in a tmux pane (a true TTY), drive it with send-keys and read the screen
 * with capture-pane. tmux is required (CI installs it): without it these tests fail, never skip (issue #17,
 * "no conditional skips").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, hasColour } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `kefu-test-${process.pid}`;
const sessions: string[] = [];

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);

async function waitFor(name: string, text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const start = Date.now();
  let last = '';
  while (Date.now() - start < timeoutMs) {
    last = screen(name);
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${last}`);
}

/** Keys one at a time, as a person types, so each lands after the previous render. */
async function keys(name: string, ...list: string[]): Promise<void> {
  for (const key of list) {
    tmux('send-keys', '-t', name, key);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function type(name: string, text: string): Promise<void> {
  tmux('send-keys', '-t', name, '-l', text);
  await new Promise((resolve) => setTimeout(resolve, 150));
}

function start(name: string, command: string): void {
  sessions.push(name);
  // The pane reports the exit code and stays a while, so the test can read it. CI is unset for kefu itself:
  // Ink renders only the last frame when it sees CI=true, and a person at a terminal is not a CI job.
  const wrapped = `env -u CI -u CONTINUOUS_INTEGRATION ${command}`;
  tmux('new-session', '-d', '-s', name, '-x', '110', '-y', '40', `${wrapped}; echo "exit=$?"; sleep 30`);
}

afterAll(() => {
  for (const name of sessions) spawnSync('tmux', ['kill-session', '-t', name]);
});

describe('in a real terminal (tmux)', () => {
  it('tmux is installed (CI needs it: apt-get install tmux)', () => {
    expect(hasTmux).toBe(true);
  });

  it('`kefu` opens the browser; keys walk to a result; q quits with 0', async () => {
    const name = `${session}-browser`;
    start(name, `NO_COLOR= node ${bin}`);
    await waitFor(name, 'P14');
    expect(screen(name)).toContain('❯ P01');
    await keys(name, 'Enter');
    await waitFor(name, 'P01.complaint-reply');
    for (let i = 0; i < 30 && !/❯ P01\.complaint-reply/.test(screen(name)); i += 1) await keys(name, 'Down');
    await keys(name, 'Enter');
    await waitFor(name, '[ Evaluate ]');
    await type(name, '2026-03-02T09:00:00+08:00');
    await keys(name, 'Enter');
    await type(name, 'yes');
    // Past invalidatedAt and settledOnSpot to repliedAt.
    await keys(name, 'Down', 'Down', 'Down');
    await type(name, '2026-03-02T10:00:00+08:00');
    await keys(name, 'Enter');
    await type(name, '2026-03-03T10:00:00+08:00');
    await keys(name, 'Down', 'Down', 'Enter');
    const result = await waitFor(name, /met|breached|pending/);
    expect(result).toContain('met');
    expect(result).toContain('P01 投訴 4,5');
    await keys(name, 'Escape');
    await waitFor(name, '[ Evaluate ]');
    await keys(name, 'q');
    await waitFor(name, 'exit=0');
  });

  it('static output on a terminal is drawn with the Ink components (colour unless NO_COLOR)', async () => {
    const name = `${session}-calendar`;
    start(name, `node ${bin} calendar 2026 --month 10`);
    const drawn = await waitFor(name, 'exit=0');
    expect(drawn).toContain('October 2026');
    expect(drawn).toMatch(/10\+/);
    const coloured = tmux('capture-pane', '-p', '-e', '-t', name);
    expect(hasColour(coloured)).toBe(true);

    const plain = `${session}-nocolor`;
    start(plain, `NO_COLOR=1 node ${bin} calendar 2026 --month 10`);
    await waitFor(plain, 'exit=0');
    expect(hasColour(tmux('capture-pane', '-p', '-e', '-t', plain))).toBe(false);
  });
});
