/**
 * The Node entry: reads the environment, starts the live monitor (its store, timers, webhook delivery and
 * alert streams: node/monitor-start.ts), serves the app on HOST:PORT with deliberate timeouts, answers
 * what Node refuses below the app as problem+json, and on SIGTERM/SIGINT stops accepting connections while
 * requests in flight finish (up to KEFU_API_SHUTDOWN_TIMEOUT_MS), then stops the monitor's loops and closes
 * its store. Any bad setting, or a port it cannot listen on, is one line on stderr and exit 1.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { localHosts } from './host-check.js';
import { apiOptionsFromEnv, createApp, defaultRequestTimeoutMs, type LogEntry } from './index.js';
import { onClientError, onRequestError } from './node/below-app.js';
import { type StartedMonitor, startMonitor } from './node/monitor-start.js';
import { workerAudits } from './node/worker-audits.js';

const write = (entry: LogEntry) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const log = (entry: LogEntry) => write({ time: new Date().toISOString(), ...entry });

function fail(message: string): never {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: message })}\n`);
  process.exit(1);
}

function whole(name: string, fallback: number, max: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > max) fail(`invalid settings: ${name}: expected a whole number up to ${max}`);
  return n;
}

/** A JSON file named by an environment variable (the organisation configuration or file), if set. */
function jsonFile(name: string): unknown {
  const path = process.env[name];
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail(`invalid settings: ${name}: cannot read ${path} as JSON (${String(e)})`);
  }
}

/** Whether HOST is this machine's loopback only (127.0.0.0/8, ::1, localhost). */
function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

const host = process.env.HOST || '127.0.0.1';
const port = whole('PORT', 8787, 65535);
const graceMs = whole('KEFU_API_SHUTDOWN_TIMEOUT_MS', 10_000, 600_000);
const headersTimeoutMs = whole('KEFU_API_HEADERS_TIMEOUT_MS', 20_000, 600_000);
const keepAliveTimeoutMs = whole('KEFU_API_KEEP_ALIVE_TIMEOUT_MS', 5_000, 600_000);

let app: ReturnType<typeof createApp>;
let options: ReturnType<typeof apiOptionsFromEnv>;
let monitor: StartedMonitor | undefined;
try {
  options = apiOptionsFromEnv(process.env);
  const tokens = options.tokens ?? [];
  // DNS rebinding: an open instance on loopback answers only the local names (and those added).
  const allowedHosts =
    isLoopback(host) && tokens.length === 0
      ? [...localHosts, ...(options.allowedHosts ?? [])]
      : options.allowedHosts && [...localHosts, ...options.allowedHosts];
  const files = {
    config: jsonFile('KEFU_API_CONFIG'),
    org: jsonFile('KEFU_API_ORG'),
    calendar: jsonFile('KEFU_CALENDAR_FILE'),
  };
  options = { ...options, ...(allowedHosts && { allowedHosts }) };
  // Audits run in worker threads (dist/audit-worker.js, beside this file): see node/worker-audits.ts.
  const auditRunner = workerAudits(new URL('./audit-worker.js', import.meta.url));
  // Started after the API's own settings are read: a typo there refuses to start before the data is touched.
  monitor = await startMonitor(process.env, log);
  app = createApp({ ...options, ...files, auditRunner, logger: write, ...(monitor && { monitor: monitor.service }) });
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

const requestTimeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
// Node's own limit on a whole request comes a little after the app's: a streamed audit then ends with its
// `request-timeout` record before Node would cut the connection without a word (#13: cut at 300 s).
const nodeRequestTimeoutMs = requestTimeoutMs === 0 ? 0 : requestTimeoutMs + 5_000;
if (nodeRequestTimeoutMs > 0 && headersTimeoutMs > nodeRequestTimeoutMs) {
  fail('invalid settings: KEFU_API_HEADERS_TIMEOUT_MS: must not be longer than KEFU_API_REQUEST_TIMEOUT_MS');
}

const server = createServer(
  {
    requestTimeout: nodeRequestTimeoutMs,
    headersTimeout: headersTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    // Node would answer a request without Host with an empty 400 of its own; @hono/node-server refuses it
    // too (an invalid host), through the error handler, as a problem document.
    requireHostHeader: false,
  },
  getRequestListener(app.fetch, { errorHandler: onRequestError(log) }),
);
server.on('clientError', onClientError(log));

server.once('error', (error: Error & { code?: string }) => {
  const why: Record<string, string> = {
    EADDRINUSE: 'the port is already in use (set PORT to another, or 0 for any free port)',
    EACCES: 'permission denied (ports below 1024 need privileges)',
    EADDRNOTAVAIL: 'the address is not one of this machine’s (check HOST)',
    ENOTFOUND: 'the host name does not resolve (check HOST)',
  };
  fail(`cannot listen on ${host}:${port}: ${why[error.code ?? ''] ?? error.message}`);
});

server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const tokens = options.tokens?.length ?? 0;
  log({
    level: 'info',
    msg: 'listening',
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    auth: tokens > 0 ? 'bearer' : 'off',
    tokens,
    allowedHosts: options.allowedHosts ?? 'any',
    requestTimeoutMs,
    headersTimeoutMs,
    keepAliveTimeoutMs,
    auditTimeoutMs: options.auditTimeoutMs,
    monitor: monitor
      ? {
          store: monitor.store,
          ...(monitor.store === 'pglite' && { dataDir: monitor.settings.dataDir }),
          orgs: monitor.orgs,
          webhooks: monitor.webhooks,
          tickMs: monitor.settings.tickMs,
        }
      : 'off',
  });
  if (monitor && monitor.settings.clockOffsetMs !== 0) {
    log({
      level: 'warn',
      msg: 'KEFU_MONITOR_CLOCK_OFFSET_MS is set: the monitor runs on a shifted clock (for tests only)',
      clockOffsetMs: monitor.settings.clockOffsetMs,
    });
  }
  if (tokens === 0 && !isLoopback(host)) {
    log({ level: 'warn', msg: 'auth is off on a non-loopback address: anyone who reaches it may use /v1' });
  }
});

let stopping = false;
// A keep-alive connection whose last request finishes during shutdown is closed at once, not after its
// idle timeout, so the process exits as soon as the work in flight is done.
server.on('request', (_req, res) => {
  res.on('finish', () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log({ level: 'info', msg: 'shutting down', signal, graceMs });
  // close() stops new connections and waits for open requests; idle keep-alive sockets are closed now. The
  // alert streams would never finish by themselves: stopping the monitor ends them (its feed closes).
  // The store closes only once the requests in flight (an ingestion's transaction, say) have finished.
  const started = monitor;
  const loopsStopped = started?.stopLoops() ?? Promise.resolve();
  server.close(() => {
    void loopsStopped
      .then(() => started?.close())
      .catch((error: unknown) => log({ level: 'error', msg: 'monitor did not stop cleanly', error: String(error) }))
      .then(() => {
        log({ level: 'info', msg: 'stopped' });
        process.exit(0);
      });
  });
  server.closeIdleConnections();
  // Audits work in slices, so this timer runs on time however busy the server is.
  setTimeout(() => {
    log({ level: 'warn', msg: 'grace period over; closing connections' });
    server.closeAllConnections();
    process.exit(1);
  }, graceMs).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
