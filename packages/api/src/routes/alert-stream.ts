/**
 * GET /v1/alerts/stream: the organisation's alerts as server-sent events (`event: alert`, `id:` = the alert's
 * seq, `data:` = the alert). A new client gets the alerts raised from now on, not the whole history (which
 * may be years of alerts); one that wants history asks for it with `?since=<seq>` (`since=0`: everything
 * kept). A reconnecting client sends `Last-Event-ID` (browsers' EventSource does) and gets every alert after
 * it, so nothing raised while it was away is missed. The alerts come from the alert feed, which polls the
 * store: alerts raised by other API processes sharing the database arrive too.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { invalidRequest, routeApp } from '../context.js';
import type { MonitorService, OrgResolution } from '../monitor-access.js';
import { problemResponse } from '../problem.js';
import { problems } from '../schemas.js';
import { orgQuery, queryWhole } from './monitor-schemas.js';

const defaultHeartbeatMs = 15_000;

const historyHelp =
  'Start after this seq: `since=0` replays every alert kept (`Last-Event-ID` wins when both are sent). ' +
  'Without it, or `after`, or `Last-Event-ID`, the stream starts with the next alert raised';

const streamQuery = z.object({
  org: orgQuery,
  since: queryWhole(0, Number.MAX_SAFE_INTEGER, historyHelp),
  /** The first name of `since`, kept: a client written against it still gets what it asked for. */
  after: queryWhole(0, Number.MAX_SAFE_INTEGER, `The same as \`since\` (its first name). ${historyHelp}`),
});

const streamRoute = createRoute({
  method: 'get',
  path: '/alerts/stream',
  operationId: 'streamAlerts',
  tags: ['monitor'],
  summary: 'Alerts as server-sent events',
  description:
    'Each alert is an `event: alert` with `id:` its seq and `data:` the alert as JSON; an idle stream sends a ' +
    '`: heartbeat` comment every 15 s. A new stream starts with the next alert raised; `?since=0` replays the ' +
    'history first. Reconnect with `Last-Event-ID` to resume after the last alert seen. A ' +
    'client that does not keep up is disconnected (it reconnects with `Last-Event-ID` and loses nothing).',
  request: { query: streamQuery },
  responses: {
    200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...problems(400, 401, 403, 429, 503),
  },
});

const heartbeat = Symbol('heartbeat');

/**
 * `Last-Event-ID` as a seq (undefined when absent). Parsed here rather than with the delivery package's
 * helper: that package loads node:crypto, and this app runs on runtimes without it.
 */
function lastEventId(header: string | undefined): { ok: true; after?: number } | { ok: false; message: string } {
  const text = header?.trim() ?? '';
  if (text === '') return { ok: true };
  return /^\d{1,15}$/.test(text)
    ? { ok: true, after: Number(text) }
    : { ok: false, message: `Last-Event-ID "${text.slice(0, 40)}" is not an alert sequence number` };
}

export function alertStreamRoute(
  service: MonitorService,
  resolve: (c: Context, asked: string | undefined) => OrgResolution,
) {
  const { feed } = service;
  const heartbeatMs = service.heartbeatMs ?? defaultHeartbeatMs;

  const app = routeApp();
  app.openAPIRegistry.registerPath(streamRoute);
  return app.get('/alerts/stream', async (c) => {
    const query = streamQuery.strict().safeParse(c.req.query());
    if (!query.success) return invalidRequest(c, query.error, 'query');
    const resume = lastEventId(c.req.header('last-event-id'));
    if (!resume.ok) return problemResponse(c, { code: 'invalid-request', detail: resume.message });
    const who = resolve(c, query.data.org);
    if (!who.ok) return problemResponse(c, { code: 'forbidden', detail: who.detail });
    let subscription: Awaited<ReturnType<typeof feed.subscribe>>;
    try {
      // No position asked for: `after` left out, so the feed starts at the organisation's latest alert.
      const after = resume.after ?? query.data.since ?? query.data.after;
      subscription = await feed.subscribe(who.org, after === undefined ? {} : { after });
    } catch (error) {
      // The feed refuses one stream over its cap (or once closed, at shutdown): a 503 to come back later.
      const detail = error instanceof RangeError ? error.message.replace(/^alert feed: /, '') : String(error);
      return problemResponse(c, { code: 'too-busy', detail }, { 'Retry-After': '5' });
    }
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => subscription.close());
      const alerts = subscription[Symbol.asyncIterator]();
      let next = alerts.next();
      try {
        while (!stream.aborted) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const idle = new Promise<typeof heartbeat>((r) => {
            timer = setTimeout(() => r(heartbeat), heartbeatMs);
          });
          const got = await Promise.race([next, idle]);
          clearTimeout(timer);
          if (got === heartbeat) {
            await stream.write(': heartbeat\n\n');
            continue;
          }
          if (got.done) break;
          await stream.writeSSE({ event: 'alert', id: String(got.value.seq), data: JSON.stringify(got.value) });
          next = alerts.next();
        }
      } finally {
        subscription.close();
      }
    });
  });
}
