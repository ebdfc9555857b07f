/**
 * The app factory: a Hono app over @kefu/rules, free of Node APIs so it runs unchanged on Node (see
 * server.ts), Bun, Deno and Workers. Middleware order matters: the request id and the client's address
 * come first so every log line and problem carries them; an unknown host is refused before anything else
 * is looked at; /v1 needs the token; the body limit runs before any route reads a body.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { checkCalendarFile, PreparedEvaluator, validateAuditOptions, withCalendarFile } from '@kefu/rules';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { inProcessAudits } from './audit-runner.js';
import { auditSlots } from './audit-slots.js';
import { bearerAuth } from './auth.js';
import { bodyLimit } from './body-limit.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './context.js';
import { failureLimiter } from './failure-limiter.js';
import { hostCheck } from './host-check.js';
import { consoleLogger, leveled, requestLog } from './log.js';
import { monitorOrgsProblem } from './monitor-access.js';
import { buildOpenApiDocument } from './openapi.js';
import { type ProblemCode, problemResponse } from './problem.js';
import { auditRoutes, isNdjson } from './routes/audit.js';
import { calendarRoutes } from './routes/calendar.js';
import { monitorRoutes } from './routes/monitor.js';
import { policiesRoutes } from './routes/policies.js';
import { rulesRoutes } from './routes/rules.js';
import { serviceRoutes } from './routes/service.js';
import {
  type ApiOptions,
  defaultAuditTimeoutMs,
  defaultAuthFailuresPerMinute,
  defaultBodyLimit,
  defaultMaxAudits,
  defaultRequestTimeoutMs,
  tokenListProblem,
} from './settings.js';

const httpCodes: Readonly<Record<number, ProblemCode>> = {
  400: 'invalid-json',
  401: 'unauthorized',
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

/** The methods the API has: the CORS preflight advertises these and no others. */
const methods = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/** Fail at start-up when the server's calendar file is wrong (a bad year would move every deadline in it). */
function checkCalendar(calendar: unknown): void {
  if (calendar === undefined) return;
  const checked = checkCalendarFile(calendar);
  if (!checked.ok) {
    const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid calendar file: ${checked.error.message}${where ? ` (${where})` : ''}`);
  }
}

export function createApp(options: ApiOptions = {}) {
  checkCalendar(options.calendar);
  const withCalendar = (config: unknown) =>
    options.calendar === undefined ? config : withCalendarFile(config, options.calendar);
  const serverConfig =
    options.config === undefined && options.calendar === undefined ? undefined : withCalendar(options.config);
  checkDefaults(serverConfig, options.org);
  const monitor = options.monitor;
  const orgsProblem = monitor && monitorOrgsProblem(monitor.orgs);
  if (orgsProblem) throw new Error(`invalid monitor organisations: ${orgsProblem}`);
  // The organisations' tokens open /v1 as KEFU_API_TOKENS do; which data each reaches is decided per route.
  const tokens = [...(options.tokens ?? []), ...(monitor?.orgs.flatMap((o) => o.tokens) ?? [])];
  // The same check as KEFU_API_TOKENS: a programmatic caller cannot set up an unusable token either.
  const tokenProblem = tokenListProblem(tokens);
  if (tokenProblem) throw new Error(`invalid settings: tokens: ${tokenProblem}`);
  const log = leveled(options.logger ?? consoleLogger, options.logLevel ?? 'info');
  const limit = options.bodyLimit ?? defaultBodyLimit;
  const deps = {
    config: serverConfig,
    configFor: (requestConfig: unknown) => (requestConfig === undefined ? serverConfig : withCalendar(requestConfig)),
    evaluator: new PreparedEvaluator({ config: serverConfig, caches: false }),
    org: options.org,
    bodyLimit: limit,
    requestTimeoutMs: options.requestTimeoutMs ?? defaultRequestTimeoutMs,
    auditTimeoutMs: options.auditTimeoutMs ?? defaultAuditTimeoutMs,
    maxAudits: options.maxAudits ?? defaultMaxAudits,
    log,
  };

  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId());
  app.use(async (c, next) => {
    c.set('clientAddress', clientAddress(c, options.clientAddress));
    await next();
  });
  app.use(requestLog(log));
  // The docs page sets its own CSP (with a nonce); every other answer is data and may load nothing.
  app.use(
    secureHeaders({ overwrite: false, contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }),
  );
  if (options.allowedHosts) app.use(hostCheck(options.allowedHosts));
  const origins = options.corsOrigins ?? [];
  if (origins === '*' || origins.length > 0) {
    app.use(
      cors({
        origin: origins === '*' ? '*' : [...origins],
        allowMethods: methods,
        allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
        exposeHeaders: ['X-Request-Id'],
        maxAge: 600,
      }),
    );
  }
  // The token is checked before any body is read, so a caller without one cannot make the server buffer.
  if (tokens.length > 0) {
    // One limiter per app, not per module: two apps in one process keep separate counts.
    const limiter = failureLimiter({ limit: options.authFailuresPerMinute ?? defaultAuthFailuresPerMinute });
    app.use(
      '/v1/*',
      bearerAuth(tokens, limiter, () => Date.now()),
    );
  }
  app.use(bodyLimit(limit, (c) => c.req.path === '/v1/audit' && isNdjson(c.req.header('content-type'))));
  // A route's path with another method is a 405 naming the methods it has, not a 404.
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problemResponse(
          c,
          { code: 'method-not-allowed', detail: `${c.req.path} answers ${allowed.join(', ')}, not ${c.req.method}` },
          { Allow: allowed.join(', ') },
        ),
    }),
  );

  app.notFound((c) => problemResponse(c, { code: 'not-found', detail: `no route for ${c.req.method} ${c.req.path}` }));
  app.onError((error, c) => {
    // The client went away (the request log says so): not an error of the server.
    if (c.req.raw.signal.aborted) return problemResponse(c, { code: 'request-timeout', detail: 'aborted' });
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
  // The monitor's routes exist only where a monitor was given (the Node entry always gives one).
  if (monitor) app.route('/v1', monitorRoutes(monitor));
  const routes = app
    .route(
      '/',
      serviceRoutes(() => (document ??= buildOpenApiDocument(app, tokens.length > 0))),
    )
    .route('/v1', policiesRoutes())
    .route('/v1', rulesRoutes(deps))
    .route('/v1', calendarRoutes(deps))
    .route(
      '/v1',
      auditRoutes({ ...deps, audits: options.auditRunner ?? inProcessAudits, slots: auditSlots(deps.maxAudits) }),
    );
  return routes;
}

/** The app's type, for the typed client: `hc<AppType>(baseUrl)` from 'hono/client'. */
export type AppType = ReturnType<typeof createApp>;
