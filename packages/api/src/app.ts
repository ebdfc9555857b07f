/**
 * The app factory: a Hono app over @kefu/rules, free of Node APIs so it runs unchanged on Node (see
 * server.ts), Bun, Deno and Workers. Middleware order matters: the request id comes first so every log
 * line and problem carries it; /v1 needs the token; the body limit runs before any route reads a body.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { validateAuditOptions } from '@kefu/rules';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { bearerAuth } from './auth.js';
import { bodyLimit } from './body-limit.js';
import type { AppEnv } from './context.js';
import { consoleLogger, leveled, requestLog } from './log.js';
import { buildOpenApiDocument } from './openapi.js';
import { type ProblemCode, problemResponse } from './problem.js';
import { auditRoutes, isNdjson } from './routes/audit.js';
import { calendarRoutes } from './routes/calendar.js';
import { policiesRoutes } from './routes/policies.js';
import { rulesRoutes } from './routes/rules.js';
import { serviceRoutes } from './routes/service.js';
import { type ApiOptions, defaultBodyLimit } from './settings.js';

const httpCodes: Readonly<Record<number, ProblemCode>> = {
  400: 'invalid-json',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

/** Fail at start-up, not per request, when the server's own configuration or organisation file is wrong. */
function checkDefaults(config: unknown, org: unknown): void {
  const error = validateAuditOptions({ config, org });
  if (error) {
    const where = error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    const what = error.code === 'invalid-config' ? 'organisation configuration' : 'organisation file';
    throw new Error(`invalid ${what}: ${error.message}${where ? ` (${where})` : ''}`);
  }
}

export function createApp(options: ApiOptions = {}) {
  checkDefaults(options.config, options.org);
  const log = leveled(options.logger ?? consoleLogger, options.logLevel ?? 'info');
  const tokens = options.tokens ?? [];
  const limit = options.bodyLimit ?? defaultBodyLimit;
  const deps = { config: options.config, org: options.org, bodyLimit: limit, log };

  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(log));
  // The docs page sets its own CSP (with a nonce); every other answer is data and may load nothing.
  app.use(
    secureHeaders({ overwrite: false, contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }),
  );
  const origins = options.corsOrigins ?? [];
  if (origins === '*' || origins.length > 0) {
    app.use(
      cors({
        origin: origins === '*' ? '*' : [...origins],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
        exposeHeaders: ['X-Request-Id'],
        maxAge: 600,
      }),
    );
  }
  // The token is checked before any body is read, so a caller without one cannot make the server buffer.
  if (tokens.length > 0) app.use('/v1/*', bearerAuth(tokens));
  app.use(bodyLimit(limit, (c) => c.req.path === '/v1/audit' && isNdjson(c.req.header('content-type'))));

  app.notFound((c) => problemResponse(c, { code: 'not-found', detail: `no route for ${c.req.method} ${c.req.path}` }));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = httpCodes[error.status] ?? 'invalid-request';
      // The generated validator's 415 says only "Unsupported Media Type": say what to send instead.
      const sent = c.req.header('content-type') || 'no content type';
      const detail = error.status === 415 ? `send application/json, not ${sent}` : error.message || code;
      return problemResponse(c, { code, detail });
    }
    log({ level: 'error', msg: 'unhandled error', requestId: c.get('requestId'), error: String(error) });
    return problemResponse(c, { code: 'internal', detail: String(error) });
  });

  let document: Record<string, unknown> | undefined;
  const routes = app
    .route(
      '/',
      serviceRoutes(() => (document ??= buildOpenApiDocument(app, tokens.length > 0))),
    )
    .route('/v1', policiesRoutes())
    .route('/v1', rulesRoutes(deps))
    .route('/v1', calendarRoutes(deps))
    .route('/v1', auditRoutes(deps));
  return routes;
}

/** The app's type, for the typed client: `hc<AppType>(baseUrl)` from 'hono/client'. */
export type AppType = ReturnType<typeof createApp>;
