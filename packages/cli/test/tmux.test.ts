/**
 * The real-terminal check: run `kefu` in a tmux pane (a true TTY), drive it with send-keys and read the screen
 * with capture-pane. tmux is required (CI installs it): without it these tests fail, never skip (issue #17,
 * "no conditional skips").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, hasColour, json, kefu } from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `kefu-test-${process.pid}`;
const sessions: string[] = [];

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
/** The whole pane, scrollback included, as the user would scroll back through it. */
const scrollback = (name: string) => tmux('capture-pane', '-p', '-S', '-', '-t', name);

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

/** Text one character every 30 ms, as a fast typist (faster than a loaded machine redraws). */
async function typeFast(name: string, text: string): Promise<void> {
  for (const ch of text) {
    tmux('send-keys', '-t', name, '-l', ch);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** Keys (Enter, BSpace, Down…) 30 ms apart. */
async function keysFast(name: string, ...list: string[]): Promise<void> {
  for (const key of list) {
    tmux('send-keys', '-t', name, key);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

function start(name: string, command: string, width = 110): void {
  sessions.push(name);
  // The pane reports the exit code and stays a while, so the test can read it. CI is unset for kefu itself:
  // Ink renders only the last frame when it sees CI=true, and a person at a terminal is not a CI job.
  const wrapped = `env -u CI -u CONTINUOUS_INTEGRATION ${command}`;
  tmux('new-session', '-d', '-s', name, '-x', String(width), '-y', '50', `${wrapped}; echo "exit=$?"; sleep 30`);
  tmux('set-option', '-t', name, 'history-limit', '10000');
}

const example = (file: string) => fileURLToPath(new URL(`../../../examples/property-office/${file}`, import.meta.url));
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text of a box table's last column, read back from the screen lines that follow `heading`. */
function lastColumn(lines: readonly string[], heading: string): string {
  const start = lines.findIndex((line) => line.startsWith(heading));
  const end = lines.findIndex((line, i) => i > start && line.startsWith('└'));
  return lines
    .slice(start, end)
    .filter((line) => line.startsWith('│'))
    .map((line) => line.split('│').at(-2) ?? '')
    .join('');
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

  // #15 item 2: at 100 columns, `kefu audit --lang zh` and `kefu rules --lang zh` cut explanations off.
  it('at 100 columns `kefu audit --lang zh` fits the screen and shows every explanation whole (#15)', async () => {
    const name = `${session}-audit-zh`;
    const args = [
      'audit',
      example('events.ndjson'),
      '--org',
      example('org.json'),
      '--config',
      example('config.json'),
      '--as-of',
      '2026-05-01T00:00:00+08:00',
    ];
    start(name, `NO_COLOR=1 node ${bin} ${args.join(' ')} --lang zh`, 100);
    await waitFor(name, 'exit=0', 90_000);
    const lines = scrollback(name).split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    // The findings table lists the first 20 breached or at-risk findings; each explanation is there whole.
    const report = json(kefu([...args, '--status', 'breached,at-risk', '--json'])) as {
      findings: { result?: { status?: string; explanation: { zh: string } } }[];
    };
    const shown = report.findings
      .filter((f) => f.result?.status === 'breached' || f.result?.status === 'at-risk')
      .slice(0, 20)
      .map((f) => f.result?.explanation.zh ?? '');
    expect(shown).toHaveLength(20);
    const column = squeeze(lastColumn(lines, '违规与风险'));
    for (const explanation of shown) expect(column).toContain(squeeze(explanation));
    expect(column).not.toContain('…');
  }, 180_000);

  it('at 100 columns `kefu rules --lang zh` fits the screen and shows every title whole (#15)', async () => {
    const name = `${session}-rules-zh`;
    start(name, `NO_COLOR=1 node ${bin} rules --lang zh`, 100);
    await waitFor(name, 'exit=0', 30_000);
    const lines = scrollback(name).split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    const titles = squeeze(lastColumn(lines, '┌'));
    const rules = json(kefu(['rules', '--json'])) as { title: { zh: string } }[];
    for (const rule of rules) expect(titles).toContain(squeeze(rule.title.zh));
  }, 60_000);

  // #15 item 3: 16 characters typed 30 ms apart arrived as "20212708:00-"; 12 backspaces deleted 9; a full
  // offset was required although the organisation's zone is known.
  it('the facts form keeps every key typed 30 ms apart and reads local times in the --config zone (#15)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-form-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ zone: 'Asia/Tokyo' }));
    const name = `${session}-form`;
    start(name, `NO_COLOR=1 node ${bin} --config ${config}`);
    await waitFor(name, 'P14');
    await keys(name, 'Enter');
    await waitFor(name, 'P01.complaint-reply');
    for (let i = 0; i < 30 && !/❯ P01\.complaint-reply/.test(screen(name)); i += 1) await keys(name, 'Down');
    await keys(name, 'Enter');
    const form = await waitFor(name, '[ Evaluate ]');
    expect(form).toContain('Times are local to Asia/Tokyo, UTC+9');

    await typeFast(name, '2026-11-27 15:00');
    await keysFast(name, ...Array.from({ length: 12 }, () => 'BSpace'));
    await waitFor(name, /❯ receivedAt\* +2026\s*$/m);
    await typeFast(name, '-11-27 15:00');
    await keysFast(name, 'Enter');
    await typeFast(name, 'yes');
    // Past invalidatedAt and settledOnSpot to repliedAt; then past nextReplyAt and asOf to Evaluate.
    await keysFast(name, 'Down', 'Down', 'Down');
    await typeFast(name, '2026-11-27 16:30');
    await keysFast(name, 'Down');
    await typeFast(name, '2026-11-28 10:00');
    await keysFast(name, 'Down', 'Down', 'Enter');
    const result = await waitFor(name, /Status +\S/);
    // Received 15:00 and replied 16:30 Tokyo time: 90 minutes, due 17:00 +09:00 — the rule got +09:00 instants.
    expect(result).toMatch(/Status +met/);
    expect(result).toContain('Due:       2026-11-27T17:00:00.000+09:00');
    expect(result).toContain('Measured:  90 minutes');
    await keys(name, 'Escape');
    const back = await waitFor(name, '[ Evaluate ]');
    expect(back).toMatch(/receivedAt\* +2026-11-27 15:00/);
    expect(back).toMatch(/repliedAt +2026-11-27 16:30/);
    expect(back).toMatch(/nextReplyAt +2026-11-28 10:00/);
    await keys(name, 'q');
    await waitFor(name, 'exit=0');
  }, 90_000);
});
