/**
 * The Node entry: reads the environment, serves the app on HOST:PORT, and on SIGTERM/SIGINT stops
 * accepting connections while requests in flight finish (up to KEFU_API_SHUTDOWN_TIMEOUT_MS).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { apiOptionsFromEnv, createApp, type LogEntry } from './index.js';

const write = (entry: LogEntry) => process.stdout.write(`${JSON.stringify(entry)}\n`);

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

const host = process.env.HOST || '127.0.0.1';
const port = whole('PORT', 8787, 65535);
const graceMs = whole('KEFU_API_SHUTDOWN_TIMEOUT_MS', 10_000, 600_000);

let app: ReturnType<typeof createApp>;
try {
  const files = { config: jsonFile('KEFU_API_CONFIG'), org: jsonFile('KEFU_API_ORG') };
  app = createApp({ ...apiOptionsFromEnv(process.env), ...files, logger: write });
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

// serve() gives an http.Server unless told to create an HTTP/2 one, which this entry never does.
const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  write({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: `http://${host}:${info.port}` });
}) as Server;

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
  write({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal, graceMs });
  // close() stops new connections and waits for open requests; idle keep-alive sockets are closed now.
  server.close(() => {
    write({ time: new Date().toISOString(), level: 'info', msg: 'stopped' });
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    write({ time: new Date().toISOString(), level: 'warn', msg: 'grace period over; closing connections' });
    server.closeAllConnections();
    process.exit(1);
  }, graceMs).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
