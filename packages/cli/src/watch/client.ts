/**
 * `kefu watch`'s side of the monitor's HTTP API (#16): the open obligations (`GET /v1/obligations`) and the
 * alert stream (`GET /v1/alerts/stream`, server-sent events parsed with eventsource-parser). What comes
 * back is checked (zod) before it is drawn: a wrong URL answering HTML must read as that, not as a crash.
 * Every failure is a `WatchProblem`, which `problemMessage` words in one line for the user.
 */
import { createParser } from 'eventsource-parser';
import { z } from 'zod';

/** The part of the audit's finding the screen shows (the JSON is the contract's `Finding`). */
const findingSchema = z.looseObject({
  key: z.string().optional(),
  employee: z.string().optional(),
  result: z.looseObject({
    ruleId: z.string(),
    explanation: z.looseObject({ en: z.string(), zh: z.string() }).optional(),
  }),
});

/** The contract's `OpenObligation`, as far as the screen reads it. */
const obligationSchema = z.looseObject({
  id: z.string(),
  ruleId: z.string(),
  status: z.enum(['pending', 'at-risk']),
  atRiskAt: z.string().optional(),
  dueAt: z.string(),
  finding: findingSchema,
});

/** The contract's `Alert`, as far as the screen reads it. */
const alertSchema = z.looseObject({
  id: z.string(),
  kind: z.enum(['at-risk', 'breached']),
  at: z.string(),
  seq: z.number().int().nonnegative(),
  finding: findingSchema,
});

export type WatchedObligation = z.infer<typeof obligationSchema>;
export type WatchedAlert = z.infer<typeof alertSchema>;

export type WatchProblem =
  | { readonly kind: 'refused' | 'timeout' | 'unauthorized' | 'forbidden'; readonly url: URL }
  | { readonly kind: 'unreachable'; readonly url: URL; readonly detail: string }
  | { readonly kind: 'http'; readonly url: URL; readonly status: number }
  | { readonly kind: 'bad-response'; readonly url: URL; readonly detail: string };

export class WatchError extends Error {
  readonly problem: WatchProblem;
  constructor(problem: WatchProblem) {
    super(problemMessage(problem, 'en'));
    this.name = 'WatchError';
    this.problem = problem;
  }
}

/** Problems that waiting will not fix: the screen stops and says so. The others are retried. */
export function isFatal(problem: WatchProblem): boolean {
  return (
    problem.kind === 'unauthorized' ||
    problem.kind === 'forbidden' ||
    problem.kind === 'bad-response' ||
    (problem.kind === 'http' && problem.status >= 400 && problem.status < 500)
  );
}

/** One line, in the user's words, saying what to do where there is something to do. */
export function problemMessage(problem: WatchProblem, lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const origin = problem.url.origin;
  const where = `${problem.url.origin}${problem.url.pathname}`;
  switch (problem.kind) {
    case 'refused':
      return zh
        ? `无法连接 ${origin}：连接被拒绝（Kefu API 是否在此运行？）`
        : `cannot connect to ${origin}: connection refused (is the Kefu API running there?)`;
    case 'unreachable':
      return zh ? `无法连接 ${origin}：${problem.detail}` : `cannot reach ${origin}: ${problem.detail}`;
    case 'timeout':
      return zh ? `${origin} 在 10 秒内没有应答` : `no answer from ${origin} within 10 s`;
    case 'unauthorized':
      return zh
        ? `${origin} 不接受该令牌（401）：请用 --token 或 KEFU_API_TOKEN 提供有效令牌`
        : `${origin} did not accept the token (401): give a valid one with --token or KEFU_API_TOKEN`;
    case 'forbidden':
      return zh
        ? `该令牌无权读取此组织的数据（403）：请使用该组织的令牌`
        : `the token may not read this organisation's data (403): use a token of that organisation`;
    case 'http':
      return problem.status === 404
        ? zh
          ? `${where} 不存在（404）：这是带监控的 Kefu API 吗？`
          : `${where} was not found (404): is this a Kefu API with the monitor?`
        : zh
          ? `${where} 应答 HTTP ${problem.status}`
          : `${where} answered HTTP ${problem.status}`;
    case 'bad-response':
      return zh
        ? `${where} 的应答不是 Kefu 的数据：${problem.detail}`
        : `${where} did not answer with Kefu's data: ${problem.detail}`;
  }
}

export interface WatchClientOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000. */
  readonly url: URL;
  readonly token?: string;
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

export interface WatchClient {
  readonly url: URL;
  /** The open obligations nearest their due time first. */
  obligations(limit: number, signal: AbortSignal): Promise<readonly WatchedObligation[]>;
  /**
   * Follows the alert stream after `lastEventId` (undefined: from now on) until it ends, calling `onOpen`
   * once connected and `onAlert` for each alert. Rejects with a WatchError when it cannot connect.
   */
  alerts(
    lastEventId: number | undefined,
    signal: AbortSignal,
    handlers: { readonly onOpen: () => void; readonly onAlert: (alert: WatchedAlert) => void },
  ): Promise<void>;
}

/** No answer within this long is a `timeout` problem (the stream's connection included, not its silence). */
const REQUEST_TIMEOUT_MS = 10_000;
/** A larger answer or a longer event is not Kefu's: the screen would hold it all in memory. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
const MAX_EVENT_BYTES = 1024 * 1024;

function networkProblem(error: unknown, url: URL): WatchProblem {
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout', url };
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  if (code === 'ECONNREFUSED') return { kind: 'refused', url };
  return { kind: 'unreachable', url, detail: code ?? (error instanceof Error ? error.message : String(error)) };
}

function statusProblem(status: number, url: URL): WatchProblem {
  if (status === 401) return { kind: 'unauthorized', url };
  if (status === 403) return { kind: 'forbidden', url };
  return { kind: 'http', url, status };
}

/** The body as text, refused past `limit` bytes (read chunk by chunk, never whole first). */
async function boundedText(response: Response, limit: number, url: URL): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new WatchError({ kind: 'bad-response', url, detail: `larger than ${limit / 1024 / 1024} MiB` });
    }
    text += decoder.decode(value, { stream: true });
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'unexpected shape' : `${issue.path.join('.') || '(body)'}: ${issue.message}`;
}

export function httpWatchClient(options: WatchClientOptions): WatchClient {
  const send = options.fetch ?? fetch;
  const headers = (extra: Record<string, string>): Record<string, string> => ({
    ...extra,
    ...(options.token !== undefined && { Authorization: `Bearer ${options.token}` }),
  });

  async function get(path: string, signal: AbortSignal, extra: Record<string, string>): Promise<Response> {
    const url = new URL(path, options.url);
    // The time limit is on the answer's headers only: the alert stream then stays open as long as it likes.
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new DOMException('no answer in time', 'TimeoutError')),
      REQUEST_TIMEOUT_MS,
    );
    let response: Response;
    try {
      response = await send(url, {
        headers: headers(extra),
        redirect: 'error',
        signal: AbortSignal.any([signal, deadline.signal]),
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new WatchError(networkProblem(error, url));
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new WatchError(statusProblem(response.status, url));
    }
    return response;
  }

  return {
    url: options.url,
    async obligations(limit, signal) {
      const url = new URL(`/v1/obligations?limit=${limit}`, options.url);
      const response = await get(`${url.pathname}${url.search}`, signal, { Accept: 'application/json' });
      const text = await boundedText(response, MAX_RESPONSE_BYTES, url);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new WatchError({ kind: 'bad-response', url, detail: 'not JSON' });
      }
      const parsed = z.object({ obligations: z.array(obligationSchema) }).safeParse(body);
      if (!parsed.success) throw new WatchError({ kind: 'bad-response', url, detail: firstIssue(parsed.error) });
      return parsed.data.obligations;
    },
    async alerts(lastEventId, signal, handlers) {
      const url = new URL('/v1/alerts/stream', options.url);
      const response = await get(url.pathname, signal, {
        Accept: 'text/event-stream',
        ...(lastEventId !== undefined && { 'Last-Event-ID': String(lastEventId) }),
      });
      handlers.onOpen();
      let pending = 0;
      let failure: WatchError | undefined;
      const parser = createParser({
        onEvent(event) {
          pending = 0;
          if (event.event !== 'alert' || failure) return;
          let data: unknown;
          try {
            data = JSON.parse(event.data);
          } catch {
            failure = new WatchError({ kind: 'bad-response', url, detail: 'an alert that is not JSON' });
            return;
          }
          const parsed = alertSchema.safeParse(data);
          if (parsed.success) handlers.onAlert(parsed.data);
          else failure = new WatchError({ kind: 'bad-response', url, detail: firstIssue(parsed.error) });
        },
      });
      const reader = response.body?.getReader();
      if (reader === undefined) return;
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          pending += value.byteLength;
          if (pending > MAX_EVENT_BYTES) {
            throw new WatchError({ kind: 'bad-response', url, detail: 'an event larger than 1 MiB' });
          }
          parser.feed(decoder.decode(value, { stream: true }));
          if (failure) throw failure;
        }
      } catch (error) {
        if (error instanceof WatchError || signal.aborted) throw error;
        throw new WatchError(networkProblem(error, url));
      } finally {
        await reader.cancel().catch(() => {});
      }
    },
  };
}
