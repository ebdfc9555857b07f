/**
 * `kefu watch --url URL [--token T] [--limit N]` (#16): the monitor's open obligations nearest their due
 * time, counting down, and its alerts as they come, on a live terminal screen. The first request is made
 * before anything is drawn, so a wrong URL, a server that is not running or a refused token is one line on
 * stderr, as for every other command.
 */
import { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import type { Say } from '../help.js';
import { ctxOf, type GlobalOptions, type RunState } from '../options.js';
import { httpWatchClient, problemMessage, WatchError } from '../watch/client.js';

interface WatchCommandOptions extends GlobalOptions {
  readonly url?: string;
  readonly token?: string;
  readonly limit: string;
}

const MAX_LIMIT = 100;

function apiUrl(text: string | undefined): URL {
  if (text === undefined || text.trim() === '') {
    throw new CliError('--url: give the Kefu API to watch, e.g. --url http://127.0.0.1:3000');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`--url: "${text}" is not a URL (e.g. http://127.0.0.1:3000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`--url: "${text}" is not an http:// or https:// URL`);
  }
  return url;
}

function limitOf(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_LIMIT))
    throw new CliError(`--limit: expected a whole number from 1 to ${MAX_LIMIT}, got "${text}"`);
  return n;
}

async function run(options: WatchCommandOptions, state: RunState): Promise<void> {
  const ctx = ctxOf(options);
  const url = apiUrl(options.url);
  const limit = limitOf(options.limit);
  const token = options.token ?? process.env.KEFU_API_TOKEN;
  const client = httpWatchClient({ url, ...(token !== undefined && token !== '' && { token }) });
  let initial: Awaited<ReturnType<typeof client.obligations>>;
  try {
    initial = await client.obligations(limit, new AbortController().signal);
  } catch (error) {
    if (error instanceof WatchError) throw new CliError(problemMessage(error.problem, ctx.lang));
    throw error;
  }
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw new CliError(
      ctx.lang === 'zh'
        ? 'kefu watch 绘制实时画面，须在终端中运行'
        : 'kefu watch draws a live screen: run it on a terminal',
    );
  }
  const { runWatch } = await import('../watch/run.js');
  state.exitCode = (await runWatch(ctx, client, limit, initial)) || EXIT.ok;
}

export function watchCommand(state: RunState, say: Say): Command {
  return new Command('watch')
    .description(
      say(
        'watch a Kefu monitor live: the open obligations nearest their due time, counting down, and the alerts as they come (q quits)',
        '实时查看 Kefu 监控：最临近到期的未结义务（倒计时）与随时到来的告警（按 q 退出）',
      ),
    )
    .option(
      '--url <url>',
      say('the Kefu API, e.g. http://127.0.0.1:3000', 'Kefu API 的地址，例如 http://127.0.0.1:3000'),
    )
    .option(
      '--token <token>',
      say(
        'the API token of the organisation to watch (default: KEFU_API_TOKEN)',
        '要查看的组织的 API 令牌（默认：KEFU_API_TOKEN）',
      ),
    )
    .option(
      '--limit <n>',
      say(`how many obligations to show (1–${MAX_LIMIT})`, `显示多少条义务（1–${MAX_LIMIT}）`),
      '10',
    )
    .action((_options: WatchCommandOptions, cmd: Command) => run(cmd.optsWithGlobals<WatchCommandOptions>(), state));
}
