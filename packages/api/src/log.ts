/** Structured JSON logs: one line per request, and one per unexpected error, tagged with the request id. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { internalDetailKey } from './problem.js';
import type { LogEntry, Logger, LogLevel } from './settings.js';

const rank: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Console by default: every runtime (Node, Bun, Deno, Workers) collects it. */
export const consoleLogger: Logger = (entry) => console.log(JSON.stringify(entry));

export type Log = (entry: LogEntry) => void;

/** A logger that drops entries below `level` and stamps the time. */
export function leveled(logger: Logger, level: LogLevel): Log {
  const min = rank[level];
  return (entry) => {
    if (rank[entry.level] >= min) logger({ time: new Date().toISOString(), ...entry });
  };
}

/**
 * One line per request with the client's address. A request whose client went away before the answer is
 * logged once as `request aborted` at info level, whatever the handler made of it (#13: each client abort
 * was two error lines and a 500, so any client could inflate the error rate).
 */
export function requestLog(log: Log): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const common = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      client: c.get('clientAddress'),
      ms: Math.round((performance.now() - start) * 100) / 100,
    };
    if (c.req.raw.signal.aborted) {
      log({ level: 'info', msg: 'request aborted', ...common });
      return;
    }
    const status = c.res.status;
    const detail: unknown = c.get(internalDetailKey);
    log({
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      ...common,
      status,
      ...(typeof detail === 'string' && { error: detail }),
    });
  };
}
