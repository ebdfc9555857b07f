/**
 * The live monitor over HTTP (issue #16): events in, open obligations, alerts and months out. Every answer
 * comes from `@kefu/monitor` (which runs the audit's own engine); this file only resolves the caller's
 * organisation from its token and moves bytes.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { invalidRequest, routeApp } from '../context.js';
import { type MonitorService, orgResolver } from '../monitor-access.js';
import { type ProblemCode, type ProblemInput, problemBody, problemHeaders, problemResponse } from '../problem.js';
import { list, problems } from '../schemas.js';
import { alertStreamRoute } from './alert-stream.js';
import { isNdjson } from './audit.js';
import {
  alert,
  ingestResult,
  monthParam,
  monthReport,
  openObligation,
  orgQuery,
  queryWhole,
} from './monitor-schemas.js';

const tags = ['monitor'];

/** The media types an ingestion accepts: one event or an array as JSON, or NDJSON (one event per line). */
function ingestible(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence === 'text/plain' || isNdjson(essence);
}

const eventsRoute = createRoute({
  method: 'post',
  path: '/events',
  operationId: 'ingestEvents',
  tags,
  summary: 'Send events to the live monitor',
  description:
    'One event (a JSON object), a JSON array of events, or NDJSON (`application/x-ndjson` or `text/plain`, one ' +
    'event per line), in the audit’s event vocabulary. An event’s `id` (else the SHA-256 of its content) makes a ' +
    'resend harmless: it is stored once and reported as `duplicate`. The answer gives every line’s fate in ' +
    'input order. **200** when every line was accepted or a duplicate; **207** when any was rejected (the others ' +
    'are stored all the same: resend only the rejected lines, corrected). The events are stored and audited in ' +
    'one transaction before the answer is sent.',
  request: {
    query: z.object({ org: orgQuery }),
    body: {
      required: true,
      content: {
        'application/json': { schema: z.unknown().openapi({ description: 'One event, or an array of events' }) },
        'application/x-ndjson': { schema: z.string().openapi({ description: 'One event (JSON object) per line' }) },
        'text/plain': { schema: z.string().openapi({ description: 'Same as application/x-ndjson' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'Every line accepted or a duplicate',
      content: { 'application/json': { schema: ingestResult } },
    },
    207: {
      description: 'Some lines rejected (see each line)',
      content: { 'application/json': { schema: ingestResult } },
    },
    ...problems(400, 401, 403, 413, 415, 429, 500),
  },
});

const obligationsRoute = createRoute({
  method: 'get',
  path: '/obligations',
  operationId: 'openObligations',
  tags,
  summary: 'Open obligations, nearest due time first',
  request: {
    query: z.object({ org: orgQuery, limit: queryWhole(1, 1000, 'How many (1–1000); default 100') }),
  },
  responses: {
    200: {
      description: 'The pending and at-risk obligations, as the audit judges them now',
      content: { 'application/json': { schema: z.object({ obligations: list(openObligation) }) } },
    },
    ...problems(400, 401, 403, 429, 500),
  },
});

const alertsRoute = createRoute({
  method: 'get',
  path: '/alerts',
  operationId: 'listAlerts',
  tags,
  summary: 'Alerts after a cursor, oldest first',
  request: {
    query: z.object({
      org: orgQuery,
      after: queryWhole(
        0,
        Number.MAX_SAFE_INTEGER,
        'The `seq` of the last alert already seen; default 0 (from the start)',
      ),
      limit: queryWhole(1, 1000, 'How many (1–1000); default 100'),
    }),
  },
  responses: {
    200: {
      description: 'The alerts; pass the last one’s `seq` as `after` for the next page',
      content: { 'application/json': { schema: z.object({ alerts: list(alert) }) } },
    },
    ...problems(400, 401, 403, 429, 500),
  },
});

const monthRoute = createRoute({
  method: 'get',
  path: '/months/{month}',
  operationId: 'getMonth',
  tags,
  summary: 'A month’s findings and ledger (the same documents as the audit’s)',
  request: { params: monthParam, query: z.object({ org: orgQuery }) },
  responses: {
    200: { description: 'The month', content: { 'application/json': { schema: monthReport } } },
    ...problems(400, 401, 403, 422, 429, 500),
  },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/months/{month}/close',
  operationId: 'closeMonth',
  tags,
  summary: 'Close a month: write its ledger and checkpoint',
  request: { params: monthParam, query: z.object({ org: orgQuery }) },
  responses: {
    200: { description: 'The closed month', content: { 'application/json': { schema: monthReport } } },
    ...problems(400, 401, 403, 422, 429, 500),
  },
});

const defaultLimit = 100;

/** The monitor's own refusals (`MonitorError`, told apart by name: this app loads no monitor code) as problems. */
const monitorCodes: Readonly<Record<string, ProblemCode>> = {
  'invalid-month': 'invalid-request',
  'month-not-ended': 'month-not-ended',
  'body-too-large': 'payload-too-large',
  'too-many-events': 'payload-too-large',
  'unknown-org': 'forbidden',
};

/** A `MonitorError` (told apart by name: this app loads no monitor code) as a problem; else undefined. */
function monitorProblem(error: unknown): ProblemInput | undefined {
  if (!(error instanceof Error) || error.name !== 'MonitorError' || !('code' in error)) return undefined;
  const code = typeof error.code === 'string' ? monitorCodes[error.code] : undefined;
  return code && { code, detail: error.message };
}

/** A month's call; the monitor's refusals (a month not over yet, say) as the route's problems. */
async function monthAnswer<R>(c: Context, call: () => Promise<R>) {
  try {
    return await call();
  } catch (error) {
    const problem = monitorProblem(error);
    if (problem === undefined) throw error;
    const body = problemBody(c, problem);
    return c.json(body, body.status === 403 ? 403 : body.status === 422 ? 422 : 400, problemHeaders);
  }
}

export function monitorRoutes(service: MonitorService) {
  const { monitor } = service;
  const now = service.now ?? (() => new Date());
  const resolve = orgResolver(service.orgs);
  const forbidden = (c: Context, detail: string) =>
    c.json(problemBody(c, { code: 'forbidden', detail }), 403, problemHeaders);

  const app = routeApp();
  app.openAPIRegistry.registerPath(eventsRoute);
  // A plain route: the body is handed to the monitor as the text it came as (NDJSON line numbers are its own).
  app.post('/events', async (c) => {
    const query = z.object({ org: orgQuery }).strict().safeParse(c.req.query());
    if (!query.success) return invalidRequest(c, query.error, 'query');
    const who = resolve(c, query.data.org);
    if (!who.ok) return problemResponse(c, { code: 'forbidden', detail: who.detail });
    const sent = c.req.header('content-type');
    if (!ingestible(sent)) {
      const detail = `send application/json (one event or an array) or application/x-ndjson, not ${sent || 'no content type'}`;
      return problemResponse(c, { code: 'unsupported-media-type', detail });
    }
    const text = await c.req.text();
    if (text.trim() === '') {
      return problemResponse(c, {
        code: 'invalid-request',
        detail: 'the body is empty: send one event, an array of events, or NDJSON lines',
      });
    }
    try {
      const result = await monitor.ingest(who.org, text, now());
      return c.json(result, result.rejected > 0 ? 207 : 200);
    } catch (error) {
      const problem = monitorProblem(error);
      if (problem === undefined) throw error;
      return problemResponse(c, problem);
    }
  });

  return app
    .openapi(obligationsRoute, async (c) => {
      const { org, limit } = c.req.valid('query');
      const who = resolve(c, org);
      if (!who.ok) return forbidden(c, who.detail);
      const obligations = await monitor.openObligations(who.org, { limit: limit ?? defaultLimit });
      return c.json({ obligations }, 200);
    })
    .openapi(alertsRoute, async (c) => {
      const { org, after, limit } = c.req.valid('query');
      const who = resolve(c, org);
      if (!who.ok) return forbidden(c, who.detail);
      const alerts = await monitor.alerts(who.org, { after: after ?? 0, limit: limit ?? defaultLimit });
      return c.json({ alerts }, 200);
    })
    .openapi(monthRoute, async (c) => {
      const who = resolve(c, c.req.valid('query').org);
      if (!who.ok) return forbidden(c, who.detail);
      const { month } = c.req.valid('param');
      return monthAnswer(c, async () => c.json(await monitor.month(who.org, month, now()), 200));
    })
    .openapi(closeRoute, async (c) => {
      const who = resolve(c, c.req.valid('query').org);
      if (!who.ok) return forbidden(c, who.detail);
      const { month } = c.req.valid('param');
      return monthAnswer(c, async () => c.json(await monitor.closeMonth(who.org, month, now()), 200));
    })
    .route('/', alertStreamRoute(service, resolve));
}
