/**
 * The webhook delivery worker (issue #16, "Delivery"): takes due deliveries from the outbox, POSTs each,
 * signed, and records what happened. Every alert is in the outbox from the transaction that raised it, so
 * it is delivered at least once; its id (`Kefu-Webhook-Id`) is the alert's, the same on every retry, so the
 * receiver de-duplicates. Deliveries are leased with `FOR UPDATE SKIP LOCKED` by the store, so several
 * processes can run a worker on one database without sending an item twice at the same time.
 *
 * A 2xx answer is delivered; anything else (another status, a redirect, no answer within the timeout, a
 * network error) is a failure, tried again after an exponential backoff with full jitter, and given up
 * after `maxAttempts` (kept in the outbox as dead, with its last error).
 */
import type { OutboxItem, OutboxStore } from '../contract.js';
import { type BackoffPolicy, backoffPolicy, nextAttemptAt } from './backoff.js';
import { webhookHeaders } from './signature.js';
import { checkWebhookUrl } from './target.js';

export interface DeliveryWorkerOptions {
  readonly outbox: OutboxStore;
  /**
   * The secret(s) to sign an item with: its organisation's webhook with that URL. `undefined` when the
   * webhook is no longer configured: the item is given up (nobody to sign for), with that reason.
   */
  readonly secretFor: (item: OutboxItem) => string | readonly string[] | undefined;
  /** The wall clock (read by the adapter that starts the worker; the library never reads it). */
  readonly now: () => Date;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Waits `ms`, or less if `signal` aborts (a wake-up or a stop). Default: a timer. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** In [0, 1): the backoff's jitter. Default `Math.random`. */
  readonly random?: () => number;
  readonly backoff?: Partial<BackoffPolicy>;
  /** One POST's time limit, in ms. Default 10 000. */
  readonly timeoutMs?: number;
  /** Deliveries claimed (and sent side by side) at a time. Default 16. */
  readonly batchSize?: number;
  /** How long a claim lasts before another worker may take the item again. Default timeoutMs + 30 s. */
  readonly leaseMs?: number;
  /** How long to wait when nothing was due. Default 1 000 ms. */
  readonly idleMs?: number;
  /** An outbox (database) error in the loop: reported here, and the loop carries on. Default: ignored. */
  readonly onError?: (error: unknown) => void;
  /** Each attempt's outcome, for logs and tests. */
  readonly onAttempt?: (attempt: AttemptOutcome) => void;
}

export interface AttemptOutcome {
  readonly item: OutboxItem;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly delivered: boolean;
  /** Why it failed (absent when delivered). */
  readonly error?: string;
  /** When it is tried again; absent when delivered or given up. */
  readonly nextAttemptAt?: Date;
  /** Failed for the last time: kept as dead. */
  readonly gaveUp: boolean;
}

export interface DeliveryWorker {
  /** Claims one batch of due deliveries and sends them; resolves with how many were tried. */
  runOnce(): Promise<number>;
  /** Runs batches until `stop()`: at once while work is due, else every `idleMs`. */
  start(): void;
  /** Cuts the current idle wait short (an alert was just raised in this process). */
  wake(): void;
  /** Stops the loop after the deliveries in flight have finished (each is bounded by `timeoutMs`). */
  stop(): Promise<void>;
}

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`delivery worker: ${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

/** A failure in a few words a log reader understands. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return `network error: ${code ?? message}`;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { outbox, secretFor, now } = options;
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const policy = backoffPolicy(options.backoff);
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? 10_000);
  const batchSize = positive('batchSize', options.batchSize ?? 16);
  const leaseMs = positive('leaseMs', options.leaseMs ?? timeoutMs + 30_000);
  if (leaseMs <= timeoutMs) {
    // A lease running out while its POST may still be waiting would let another worker send the same alert.
    throw new RangeError(`delivery worker: leaseMs (${leaseMs}) must be longer than timeoutMs (${timeoutMs})`);
  }
  const idleMs = positive('idleMs', options.idleMs ?? 1000);
  const onError = options.onError ?? (() => {});
  const onAttempt = options.onAttempt ?? (() => {});

  async function post(item: OutboxItem, attempt: number): Promise<string | undefined> {
    const target = checkWebhookUrl(item.url);
    if (!target.ok) return target.message;
    const secret = secretFor(item);
    if (secret === undefined) return `no webhook ${item.url} is configured for organisation ${item.org} any more`;
    const headers = webhookHeaders({ secret, body: item.body, alertId: item.alertId, attempt, now: now() });
    try {
      const response = await send(target.url, {
        method: 'POST',
        body: item.body,
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'kefu-monitor', ...headers },
        // A redirect is not followed: the signed alert goes only where it was configured to go.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // The answer's body is not read: a receiver's reply must not cost memory or time.
      await response.body?.cancel().catch(() => {});
      if (response.status >= 200 && response.status < 300) return undefined;
      const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      return `HTTP ${response.status}${redirect}`;
    } catch (error) {
      return describeFailure(error, timeoutMs);
    }
  }

  /** A configuration problem is given up at once: retrying would not change it. */
  const permanent = (item: OutboxItem): boolean => !checkWebhookUrl(item.url).ok || secretFor(item) === undefined;

  async function deliver(item: OutboxItem): Promise<void> {
    const attempt = item.attempts + 1;
    const error = await post(item, attempt);
    if (error === undefined) {
      await outbox.delivered(item.id, now());
      onAttempt({ item, attempt, delivered: true, gaveUp: false });
      return;
    }
    const next = permanent(item) ? undefined : nextAttemptAt(policy, attempt, now(), random);
    await outbox.failed(item.id, error, next);
    onAttempt({
      item,
      attempt,
      delivered: false,
      error,
      gaveUp: next === undefined,
      ...(next && { nextAttemptAt: next }),
    });
  }

  async function runOnce(): Promise<number> {
    const items = await outbox.claim(now(), batchSize, leaseMs);
    const settled = await Promise.allSettled(items.map(deliver));
    for (const result of settled) if (result.status === 'rejected') onError(result.reason);
    return items.length;
  }

  let running: Promise<void> | undefined;
  let stopping = false;
  let idle = new AbortController();

  async function loop(): Promise<void> {
    while (!stopping) {
      let tried = 0;
      try {
        tried = await runOnce();
      } catch (error) {
        onError(error);
      }
      if (stopping || tried >= batchSize) continue;
      await sleep(idleMs, idle.signal);
      if (idle.signal.aborted) idle = new AbortController();
    }
  }

  return {
    runOnce,
    start() {
      if (running !== undefined) return;
      stopping = false;
      running = loop();
    },
    wake() {
      idle.abort();
    },
    async stop() {
      stopping = true;
      idle.abort();
      await running;
      running = undefined;
    },
  };
}
