/**
 * `kefu watch` in a real terminal (#16): the built binary in a tmux pane 100 columns wide, against the fake
 * monitor API of watch-server.ts running in this test's process. tmux is required (CI installs it): without
 * it this test fails, never skips (as test/tmux.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from './helpers.js';
import { alertOf, type FakeApi, fakeApi, obligation } from './watch-server.js';

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
const sessions: string[] = [];
let api: FakeApi | undefined;

type Wanted = string | RegExp | ((screen: string) => boolean);

async function waitFor(name: string, text: Wanted, timeoutMs = 15_000): Promise<string> {
  const seen = (drawn: string): boolean =>
    typeof text === 'string' ? drawn.includes(text) : typeof text === 'function' ? text(drawn) : text.test(drawn);
  let last = '';
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    last = screen(name);
    if (seen(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${last}`);
}

function start(name: string, command: string, width: number): void {
  sessions.push(name);
  // CI is unset for kefu itself: Ink draws only the last frame when it sees CI=true (see tmux.test.ts).
  const wrapped = `env -u CI -u CONTINUOUS_INTEGRATION NO_COLOR=1 ${command}`;
  tmux('new-session', '-d', '-s', name, '-x', String(width), '-y', '40', `${wrapped}; echo "exit=$?"; sleep 30`);
}

afterAll(async () => {
  for (const name of sessions) spawnSync('tmux', ['kill-session', '-t', name]);
  await api?.close();
});

describe('kefu watch in a real terminal (tmux, 100 columns, then resized)', () => {
  it('draws the obligations and an alert as it comes within 100 columns, in Chinese too; q quits with 0', async () => {
    api = await fakeApi();
    const soon = new Date(Date.now() + 45 * 60_000).toISOString();
    const later = new Date(Date.now() + 26 * 3_600_000).toISOString();
    api.obligations = [obligation(1, soon, 'at-risk'), obligation(2, later)];
    for (const lang of ['en', 'zh'] as const) {
      const name = `kefu-watch-${process.pid}-${lang}`;
      start(name, `node ${bin} watch --url ${api.url} --lang ${lang}`, 100);
      await waitFor(name, lang === 'en' ? '● live' : '● 实时');
      await waitFor(name, 'C-2');
      api.send(alertOf(3));
      const drawn = await waitFor(name, lang === 'en' ? 'not replied to in 2 h' : '未在2小时内回复');
      expect(drawn).toMatch(lang === 'en' ? /4[45] m \d\d s/ : /4[45]分\d+秒/);
      for (const line of drawn.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);
      tmux('send-keys', '-t', name, 'q');
      await waitFor(name, 'exit=0');
    }
  }, 90_000);

  it('reproduction (#16 item 4): resized to 80 and to 140 columns, the screen lays itself out again to the new width', async () => {
    api ??= await fakeApi();
    api.obligations = [obligation(1, new Date(Date.now() + 45 * 60_000).toISOString(), 'at-risk')];
    const name = `kefu-watch-${process.pid}-resize`;
    start(name, `node ${bin} watch --url ${api.url}`, 100);
    await waitFor(name, '● live');
    await waitFor(name, 'C-1');
    // The header puts the stream's state at the right edge: its line is exactly as wide as the layout.
    const header = (drawn: string) => drawn.split('\n').find((l) => l.includes('● live')) ?? '';
    expect(stringWidth(header(screen(name)).trimEnd())).toBe(100);
    for (const width of [80, 140]) {
      tmux('resize-window', '-t', name, '-x', String(width), '-y', '40');
      const drawn = await waitFor(name, (text) => stringWidth(header(text).trimEnd()) === width);
      expect(drawn).toContain('C-1');
      for (const line of drawn.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
    tmux('send-keys', '-t', name, 'q');
    await waitFor(name, 'exit=0');
  }, 90_000);
});
