/**
 * Answer only for known host names (#17: any `Host` was accepted, so a web page on another site could use
 * DNS rebinding to reach an unauthenticated instance on localhost). The Node entry turns this on with the
 * local names when it listens on loopback without tokens; `KEFU_API_ALLOWED_HOSTS` adds names.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { problemResponse } from './problem.js';

/** The names a browser on this machine uses for a loopback server. */
export const localHosts: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** `Host` without its port, lower case, without a trailing dot: `[::1]:8787` → `[::1]`. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  const name = lower.startsWith('[') ? lower.slice(0, lower.indexOf(']') + 1) : lower.replace(/:\d*$/, '');
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

export function hostCheck(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const names = new Set(allowed.map(hostName));
  return async (c, next) => {
    const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (names.has(host)) return next();
    const detail = `this server does not answer for the host ${host || '(none)'}; KEFU_API_ALLOWED_HOSTS adds names`;
    return problemResponse(c, { code: 'misdirected-request', detail });
  };
}
