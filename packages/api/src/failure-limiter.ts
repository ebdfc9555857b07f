/**
 * A small, bounded limit on failed bearer-token attempts per client (#13 "Auth fails open": 26,739
 * guesses in 10 s went through). Written here rather than taken from a library: what is counted is only
 * the failures, across a fixed window per client, with a hard cap on how many clients are tracked so an
 * attacker rotating addresses cannot grow the map without bound; no timers (it runs on Workers too).
 * hono-rate-limiter counts every request and keeps an unbounded store, which is not this.
 */

export interface FailureLimiter {
  /** Seconds the client must wait before trying again, or 0 when it may try now. */
  retryAfter(client: string, now: number): number;
  /** Count one failed attempt. */
  fail(client: string, now: number): void;
  /** How many clients are tracked now (for tests and the cap). */
  readonly size: number;
}

export interface FailureLimiterOptions {
  /** Failures allowed in one window; the next attempt is refused until the window ends. */
  readonly limit: number;
  readonly windowMs?: number;
  /** Most clients tracked at once; the oldest window is dropped first. */
  readonly maxClients?: number;
}

interface Window {
  readonly start: number;
  failures: number;
}

export function failureLimiter({
  limit,
  windowMs = 60_000,
  maxClients = 10_000,
}: FailureLimiterOptions): FailureLimiter {
  // Insertion order is the order windows started in: a window is re-inserted when it restarts.
  const windows = new Map<string, Window>();
  const current = (client: string, now: number): Window | undefined => {
    const window = windows.get(client);
    if (window && now - window.start >= windowMs) {
      windows.delete(client);
      return undefined;
    }
    return window;
  };
  return {
    retryAfter(client, now) {
      const window = current(client, now);
      if (!window || window.failures < limit) return 0;
      return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    },
    fail(client, now) {
      const window = current(client, now);
      if (window) {
        window.failures += 1;
        return;
      }
      while (windows.size >= maxClients) {
        const oldest = windows.keys().next();
        if (oldest.done) break;
        windows.delete(oldest.value);
      }
      windows.set(client, { start: now, failures: 1 });
    },
    get size() {
      return windows.size;
    },
  };
}
