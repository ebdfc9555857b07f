/**
 * The in-process alert fan-out behind `GET /v1/alerts/stream` (issue #16, "Delivery": alerts go to a
 * server-sent-events stream). It polls the store rather than listening to this process's own alerts, so
 * an alert raised by another API process on the same database reaches this one's streams too; and since
 * the store keeps every alert in `seq` order, a stream resumes exactly after its `Last-Event-ID`.
 *
 * Memory is bounded: each subscriber has a buffer of `bufferSize` alerts and is polled for no more than
 * it has room for, so a subscriber catching up reads the store page by page at its own pace. One whose
 * buffer has stayed full for `stallPolls` polls in a row is dropped (`slow-subscriber`): it reconnects
 * with its `Last-Event-ID` and loses nothing. Subscribers at the same position share one query.
 */
import type { Alert } from '../contract.js';

export interface AlertFeedOptions {
  /** `org`'s alerts with `seq > after`, oldest first, at most `limit` (the monitor's `alerts(org, { after, limit })`). */
  readonly poll: (org: string, after: number, limit: number) => Promise<readonly Alert[]>;
  /** The highest `seq` of `org`'s alerts now (0 when none): where a stream without `Last-Event-ID` starts. */
  readonly head: (org: string) => Promise<number>;
  /** How often the store is polled while anyone is subscribed, in ms. Default 500. */
  readonly intervalMs?: number;
  /** Alerts held for one subscriber that has not taken them yet. Default 256. */
  readonly bufferSize?: number;
  /** Polls in a row with a full buffer before a subscriber is dropped. Default 60 (30 s at 500 ms). */
  readonly stallPolls?: number;
  /** Subscribers at once, over all organisations; one more is refused. Default 1 000. */
  readonly maxSubscribers?: number;
  /** A failed poll (the database away): reported here; the feed tries again at the next interval. */
  readonly onError?: (error: unknown) => void;
}

export type DropReason =
  /** Its buffer stayed full: the client does not read fast enough. Reconnect with `Last-Event-ID`. */
  | 'slow-subscriber'
  /** The feed was closed (the server is stopping). */
  | 'feed-closed';

export interface AlertSubscription extends AsyncIterable<Alert> {
  readonly org: string;
  /** Set once the feed has ended this subscription (iteration then ends after the alerts already buffered). */
  readonly dropped: DropReason | undefined;
  /** Ends the subscription (the client went away). */
  close(): void;
}

export interface AlertFeed {
  /**
   * Alerts of `org` as they come, in `seq` order: those after `after` (a stream's `Last-Event-ID`), or
   * without it those raised from now on. Refused with a RangeError when `maxSubscribers` are subscribed.
   */
  subscribe(org: string, options?: { readonly after?: number }): Promise<AlertSubscription>;
  /** Polls now instead of at the next interval (this process has just raised an alert). */
  notify(): void;
  /** Polls once for every subscriber (what the interval does); for tests and `notify`. */
  poll(): Promise<void>;
  readonly subscribers: number;
  /** Ends every subscription (`feed-closed`) and stops polling. */
  close(): Promise<void>;
}

interface Subscriber extends AlertSubscription {
  cursor: number;
  stalled: number;
  room(): number;
  push(alerts: readonly Alert[]): void;
  end(reason: DropReason | undefined): void;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(`alert feed: ${name} must be a positive whole number, got ${String(value)}`);
  }
  return value;
}

/**
 * `Last-Event-ID` as a cursor: a whole number ≥ 0 (`undefined` when absent or empty). Anything else is not
 * an id this server sent: the message says so, for a 400.
 */
export function parseLastEventId(
  header: string | null | undefined,
): { readonly ok: true; readonly after: number | undefined } | { readonly ok: false; readonly message: string } {
  if (header === null || header === undefined || header.trim() === '') return { ok: true, after: undefined };
  const text = header.trim();
  const after = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(after)) {
    return { ok: false, message: `Last-Event-ID "${text.slice(0, 40)}" is not an alert sequence number` };
  }
  return { ok: true, after };
}

function subscriber(org: string, cursor: number, bufferSize: number, onClose: (s: Subscriber) => void): Subscriber {
  const queue: Alert[] = [];
  let waiting: ((result: IteratorResult<Alert>) => void) | undefined;
  let ended = false;
  let dropped: DropReason | undefined;

  const self: Subscriber = {
    org,
    cursor,
    stalled: 0,
    get dropped() {
      return dropped;
    },
    room: () => (ended ? 0 : bufferSize - queue.length),
    push(alerts) {
      for (const alert of alerts) {
        // Only ever forward: a poll answering out of order or twice cannot repeat an alert on a stream.
        if (ended || alert.seq <= self.cursor) continue;
        self.cursor = alert.seq;
        const waiter = waiting;
        waiting = undefined;
        if (waiter) waiter({ value: alert, done: false });
        else queue.push(alert);
      }
    },
    end(reason) {
      if (ended) return;
      ended = true;
      dropped = reason;
      const waiter = waiting;
      waiting = undefined;
      waiter?.({ value: undefined, done: true });
    },
    close() {
      // A client that leaves gives its buffer back at once.
      queue.length = 0;
      self.end(undefined);
      onClose(self);
    },
    [Symbol.asyncIterator]() {
      return {
        next: (): Promise<IteratorResult<Alert>> => {
          const value = queue.shift();
          if (value !== undefined) return Promise.resolve({ value, done: false });
          if (ended) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => {
            waiting = resolve;
          });
        },
        return: (): Promise<IteratorResult<Alert>> => {
          self.close();
          return Promise.resolve({ value: undefined, done: true });
        },
      };
    },
  };
  return self;
}

export function createAlertFeed(options: AlertFeedOptions): AlertFeed {
  const intervalMs = positiveInteger('intervalMs', options.intervalMs ?? 500);
  const bufferSize = positiveInteger('bufferSize', options.bufferSize ?? 256);
  const stallPolls = positiveInteger('stallPolls', options.stallPolls ?? 60);
  const maxSubscribers = positiveInteger('maxSubscribers', options.maxSubscribers ?? 1000);
  const onError = options.onError ?? (() => {});
  const all = new Set<Subscriber>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let polling: Promise<void> | undefined;
  let closed = false;

  const remove = (s: Subscriber): void => {
    all.delete(s);
    if (all.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };

  /** One query per organisation and position; each subscriber gets what fits its buffer. */
  async function pollOrg(org: string, members: readonly Subscriber[]): Promise<void> {
    const groups = new Map<number, Subscriber[]>();
    for (const s of members) {
      if (s.room() === 0) {
        s.stalled += 1;
        if (s.stalled >= stallPolls) {
          s.end('slow-subscriber');
          remove(s);
        }
        continue;
      }
      s.stalled = 0;
      const group = groups.get(s.cursor);
      if (group) group.push(s);
      else groups.set(s.cursor, [s]);
    }
    for (const [after, group] of groups) {
      const alerts = await options.poll(org, after, Math.max(...group.map((s) => s.room())));
      for (const s of group) s.push(alerts.slice(0, s.room()));
    }
  }

  async function pollAll(): Promise<void> {
    const byOrg = new Map<string, Subscriber[]>();
    for (const s of all) {
      const members = byOrg.get(s.org);
      if (members) members.push(s);
      else byOrg.set(s.org, [s]);
    }
    for (const [org, members] of byOrg) {
      try {
        await pollOrg(org, members);
      } catch (error) {
        onError(error);
      }
    }
  }

  /** Polls never overlap: a call while one runs waits for it and then polls again. */
  function poll(): Promise<void> {
    const next = (polling ?? Promise.resolve()).then(pollAll);
    polling = next;
    return next;
  }

  function schedule(): void {
    if (closed || all.size === 0 || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void poll().finally(schedule);
    }, intervalMs);
  }

  return {
    async subscribe(org, subscribeOptions = {}) {
      if (closed) throw new RangeError('alert feed: closed');
      if (all.size >= maxSubscribers) {
        throw new RangeError(`alert feed: ${maxSubscribers} streams are open already; try again later`);
      }
      const after = subscribeOptions.after ?? (await options.head(org));
      if (!Number.isSafeInteger(after) || after < 0) {
        throw new RangeError(`alert feed: after must be a whole number ≥ 0, got ${String(after)}`);
      }
      const s = subscriber(org, after, bufferSize, remove);
      all.add(s);
      schedule();
      return s;
    },
    notify() {
      if (all.size > 0) void poll();
    },
    poll,
    get subscribers() {
      return all.size;
    },
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await polling;
      for (const s of [...all]) {
        s.end('feed-closed');
        all.delete(s);
      }
    },
  };
}
