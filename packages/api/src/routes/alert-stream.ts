/**
 * GET /v1/alerts/stream: the organisation's alerts as server-sent events (`event: alert`, `id:` = the alert's
 * seq, `data:` = the alert). A reconnecting client sends `Last-Event-ID` (browsers' EventSource does) and
 * gets every alert after it, so nothing raised while it was away is missed. The stream reads the monitor's
 * store, so it also carries alerts raised by other API processes sharing the database.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { invalidRequest, routeApp } from '../context.js';
import type { MonitorService, OrgResolution } from '../monitor-access.js';
import { problemResponse } from '../problem.js';
import { problems } from '../schemas.js';
import { orgQuery, queryWhole } from './monitor-schemas.js';

const pageSize = 100;
export const defaultStreamPollMs = 250;
export const defaultHeartbeatMs = 15_000;
export const defaultMaxStreams = 100;

const streamQuery = z.object({
  org: orgQuery,
  after: queryWhole(
    0,
    Number.MAX_SAFE_INTEGER,
    'Start after this seq (as `Last-Event-ID`, which wins when both are sent); default 0',
  ),
});

const streamRoute = createRoute({
  method: 'get',
  path: '/alerts/stream',
  operationId: 'streamAlerts',
  tags: ['monitor'],
  summary: 'Alerts as server-sent events',
  description:
    'Each alert is an `event: alert` with `id:` its seq and `data:` the alert as JSON; an idle stream sends a ' +
    '`: heartbeat` comment every 15 s. Reconnect with `Last-Event-ID` to resume after the last alert seen.',
  request: { query: streamQuery },
  responses: {
    200: { description: 'The stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...problems(400, 401, 403, 429, 503),
  },
});

/** `Last-Event-ID`, when sent, as a seq; `null` when it is not one. */
function lastEventId(header: string | undefined): number | undefined | null {
  if (header === undefined || header.trim() === '') return undefined;
  return /^\d{1,15}$/.test(header.trim()) ? Number(header.trim()) : null;
}

export function alertStreamRoute(
  service: MonitorService,
  resolve: (c: Context, asked: string | undefined) => OrgResolution,
) {
  const { monitor } = service;
  // A poll at most every second: an alert raised at its due instant reaches the stream within 1 s.
  const pollMs = Math.min(service.streamPollMs ?? defaultStreamPollMs, 1000);
  const heartbeatMs = service.heartbeatMs ?? defaultHeartbeatMs;
  const maxStreams = service.maxStreams ?? defaultMaxStreams;
  // Per app (not per module): two apps in one process count their own streams.
  let open = 0;

  const app = routeApp();
  app.openAPIRegistry.registerPath(streamRoute);
  return app.get('/alerts/stream', async (c) => {
    const query = streamQuery.strict().safeParse(c.req.query());
    if (!query.success) return invalidRequest(c, query.error, 'query');
    const resumeAt = lastEventId(c.req.header('last-event-id'));
    if (resumeAt === null) {
      return problemResponse(c, { code: 'invalid-request', detail: 'Last-Event-ID: expected the seq of an alert' });
    }
    const who = resolve(c, query.data.org);
    if (!who.ok) return problemResponse(c, { code: 'forbidden', detail: who.detail });
    if (open >= maxStreams) {
      const detail = `${maxStreams} alert streams are open; try again shortly`;
      return problemResponse(c, { code: 'too-busy', detail }, { 'Retry-After': '5' });
    }
    open += 1;
    let cursor = resumeAt ?? query.data.after ?? 0;
    return streamSSE(c, async (stream) => {
      const stopping = service.stopping;
      const ended = () => stream.aborted || stream.closed || stopping?.aborted === true;
      // Wake from a poll's sleep at once when the server shuts down.
      let wake: (() => void) | undefined;
      const onStop = () => wake?.();
      stopping?.addEventListener('abort', onStop);
      stream.onAbort(onStop);
      try {
        let idleMs = 0;
        while (!ended()) {
          const alerts = await monitor.alerts(who.org, { after: cursor, limit: pageSize });
          for (const alert of alerts) {
            await stream.writeSSE({ event: 'alert', id: String(alert.seq), data: JSON.stringify(alert) });
            cursor = alert.seq;
          }
          if (alerts.length > 0) idleMs = 0;
          if (alerts.length === pageSize) continue;
          if (idleMs >= heartbeatMs) {
            await stream.write(': heartbeat\n\n');
            idleMs = 0;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          idleMs += pollMs;
        }
      } finally {
        stopping?.removeEventListener('abort', onStop);
        open -= 1;
      }
    });
  });
}
