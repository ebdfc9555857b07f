/**
 * `kefu watch` (#16, "Delivery": "`kefu watch` (Ink) shows the open obligations nearest their due time and
 * the alerts as they come"), against a small fake of the monitor's API: the screen through
 * ink-testing-library with the real HTTP client, and the command's one-line errors through the built binary.
 */
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { httpWatchClient, type WatchProblem } from '../src/watch/client.js';
import { shortInstant, timeLeft } from '../src/watch/countdown.js';
import { Watch } from '../src/watch/Watch.js';
import { kefuSpawned } from './helpers.js';
import { alertOf, type FakeApi, fakeApi, obligation } from './watch-server.js';

const now = new Date('2026-12-07T08:00:00Z'); // 16:00 in Shanghai
const clock = () => now;

let api: FakeApi | undefined;
let instance: ReturnType<typeof render> | undefined;
afterEach(async () => {
  instance?.unmount();
  instance = undefined;
  await api?.close();
  api = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, frame: () => string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${frame()}`);
}

async function open(
  options: { lang?: 'en' | 'zh'; columns?: number; token?: string; serverToken?: string; refreshMs?: number } = {},
) {
  api = await fakeApi(options.serverToken === undefined ? {} : { token: options.serverToken });
  api.obligations = [
    obligation(1, '2026-12-07T16:45:30.000+08:00', 'at-risk'),
    obligation(2, '2026-12-08T10:00:00.000+08:00'),
    obligation(3, '2026-12-10T18:00:00.000+08:00'),
  ];
  const exits: (WatchProblem | undefined)[] = [];
  const client = httpWatchClient({
    url: new URL(api.url),
    ...(options.token !== undefined && { token: options.token }),
  });
  instance = render(
    <Watch
      client={client}
      lang={options.lang ?? 'en'}
      columns={options.columns ?? 100}
      limit={10}
      now={clock}
      refreshMs={options.refreshMs ?? 200}
      onExit={(p) => exits.push(p)}
    />,
  );
  const app = instance;
  const frame = () => app.lastFrame() ?? '';
  return { api, frame, exits, stdin: app.stdin };
}

describe('kefu watch: the screen (#16)', () => {
  it('shows the open obligations nearest due first, with the time left counting from now', async () => {
    const ui = await open();
    await until(() => ui.frame().includes('C-3'), 'the obligations', ui.frame);
    const lines = ui.frame().split('\n');
    const row = (key: string) => lines.find((l) => l.includes(key)) ?? '';
    expect(row('C-1')).toMatch(/12-07 16:45.*45 m 30 s.*at risk.*P01\.complaint-reply/);
    expect(row('C-2')).toMatch(/12-08 10:00.*18 h 00 m.*pending/);
    expect(row('C-3')).toMatch(/3 d 02 h/);
    expect(lines.findIndex((l) => l.includes('C-1'))).toBeLessThan(lines.findIndex((l) => l.includes('C-3')));
  });

  it('shows an alert as it comes, and fetches the obligations again at once (not at the next minute)', async () => {
    const ui = await open({ refreshMs: 60_000 });
    await until(() => ui.frame().includes('● live'), 'the stream', ui.frame);
    const before = ui.api.obligationRequests;
    ui.api.send(alertOf(7));
    await until(() => ui.frame().includes('not replied to in 2 h'), 'the alert', ui.frame);
    expect(ui.frame()).toMatch(/breached 12-07 16:00 {2}P01\.complaint-reply {2}C-7/);
    await until(() => ui.api.obligationRequests > before, 'a refresh', ui.frame);
  });

  it('reconnects after the stream drops, resuming after the last alert shown (Last-Event-ID)', async () => {
    const ui = await open();
    await until(() => ui.frame().includes('● live'), 'the stream', ui.frame);
    ui.api.send(alertOf(41));
    await until(() => ui.frame().includes('C-41'), 'the alert', ui.frame);
    ui.api.dropStreams();
    await until(() => ui.api.streamRequests.length === 2, 'the reconnection', ui.frame);
    expect(ui.api.streamRequests).toEqual([undefined, '41']);
    await until(() => ui.frame().includes('● live'), 'live again', ui.frame);
    ui.api.send(alertOf(42, 'at-risk'));
    await until(() => ui.frame().includes('C-42'), 'the next alert', ui.frame);
    // Newest first.
    expect(ui.frame().indexOf('C-42')).toBeLessThan(ui.frame().indexOf('C-41'));
  });

  it('fits the terminal width: no line wider than the columns given', async () => {
    const ui = await open({ columns: 60 });
    await until(() => ui.frame().includes('C-3'), 'the obligations', ui.frame);
    ui.api.send(alertOf(5));
    await until(() => ui.frame().includes('C-5'), 'the alert', ui.frame);
    for (const line of ui.frame().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
  });

  it('speaks Chinese with --lang zh', async () => {
    const ui = await open({ lang: 'zh' });
    await until(() => ui.frame().includes('C-3'), 'the obligations', ui.frame);
    expect(ui.frame()).toContain('最临近到期的未结义务');
    expect(ui.frame()).toMatch(/45分30秒.*有风险/);
    ui.api.send(alertOf(9));
    await until(() => ui.frame().includes('投诉 C-9 未在2小时内回复'), 'the alert', ui.frame);
    expect(ui.frame()).toContain('违规');
  });

  it('sends the token as a bearer token', async () => {
    const ui = await open({ token: 'tok-1', serverToken: 'tok-1' });
    await until(() => ui.frame().includes('● live') && ui.frame().includes('C-1'), 'the screen', ui.frame);
    expect(ui.exits).toEqual([]);
  });

  it('quits on q', async () => {
    const ui = await open();
    await until(() => ui.frame().includes('C-1'), 'the obligations', ui.frame);
    ui.stdin.write('q');
    await until(() => ui.exits.length > 0, 'the exit', ui.frame);
    expect(ui.exits).toEqual([undefined]);
  });

  it('stops with the problem when the token is refused mid-way (403), and keeps going through a 503', async () => {
    const ui = await open();
    await until(() => ui.frame().includes('C-1'), 'the obligations', ui.frame);
    ui.api.failWith = 503;
    await until(() => ui.frame().includes('answered HTTP 503'), 'the notice', ui.frame);
    expect(ui.exits).toEqual([]);
    ui.api.failWith = 403;
    await until(() => ui.exits.length > 0, 'the exit', ui.frame);
    expect(ui.exits[0]?.kind).toBe('forbidden');
  });
});

describe('kefu watch: the words it draws with (#16)', () => {
  it.each([
    ['2026-12-07T16:00:09.000+08:00', '9 s', '9秒'],
    ['2026-12-07T16:00:00.400+08:00', '1 s', '1秒'],
    ['2026-12-07T16:04:09.000+08:00', '4 m 09 s', '4分9秒'],
    ['2026-12-07T17:05:00.000+08:00', '1 h 05 m', '1小时5分'],
    ['2026-12-09T19:00:00.000+08:00', '2 d 03 h', '2天3小时'],
    ['2026-12-07T15:57:00.000+08:00', 'overdue 3 m 00 s', '已超时3分0秒'],
  ])('%s at 16:00 → %s / %s', (due, en, zh) => {
    expect(timeLeft(due, now, 'en')).toBe(en);
    expect(timeLeft(due, now, 'zh')).toBe(zh);
  });

  it('reads a due time as the organisation wrote it', () => {
    expect(shortInstant('2026-10-09T23:59:59.999+08:00')).toBe('10-09 23:59');
  });
});

describe('kefu watch: one-line errors (#16)', () => {
  it('says a refused connection in one line, exit 2, before drawing anything', async () => {
    const closed = await fakeApi();
    const url = closed.url;
    await closed.close();
    const run = await kefuSpawned(['watch', '--url', url]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`kefu: cannot connect to ${url}: connection refused (is the Kefu API running there?)\n`);
    expect(run.stdout).toBe('');
  });

  it('says a refused token (401) in one line, in Chinese with --lang zh', async () => {
    api = await fakeApi({ token: 'right' });
    const en = await kefuSpawned(['watch', '--url', api.url, '--token', 'wrong']);
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(
      /^kefu: .* did not accept the token \(401\): give a valid one with --token or KEFU_API_TOKEN\n$/,
    );
    const zh = await kefuSpawned(['watch', '--url', api.url, '--lang', 'zh'], { env: { KEFU_API_TOKEN: 'wrong' } });
    expect(zh.stderr).toMatch(/^kefu: .*不接受该令牌（401）/);
  });

  it('takes the token from KEFU_API_TOKEN, then needs a terminal to draw on', async () => {
    api = await fakeApi({ token: 'right' });
    const run = await kefuSpawned(['watch', '--url', api.url], { env: { KEFU_API_TOKEN: 'right' } });
    expect(run.stderr).toBe('kefu: kefu watch draws a live screen: run it on a terminal\n');
  });

  it('says a 403 (another organisation’s token) in one line', async () => {
    api = await fakeApi();
    api.failWith = 403;
    const run = await kefuSpawned(['watch', '--url', api.url]);
    expect(run.stderr).toBe(
      "kefu: the token may not read this organisation's data (403): use a token of that organisation\n",
    );
  });

  it.each([
    [[], /--url: give the Kefu API to watch/],
    [['--url', 'localhost:3000'], /--url: "localhost:3000" is not an http:\/\/ or https:\/\/ URL/],
    [['--url', 'http://127.0.0.1:9', '--limit', '0'], /--limit: expected a whole number from 1 to 100, got "0"/],
  ])('refuses %j with a usage error', async (args, message) => {
    const run = await kefuSpawned(['watch', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
