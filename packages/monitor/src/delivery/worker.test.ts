/**
 * Issue #16, "Delivery": alerts go to configured webhooks, signed, retried with exponential backoff,
 * recorded in an outbox so that an alert is delivered at least once and carries a stable id for
 * de-duplication. The worker runs against a fake outbox and a real HTTP receiver on 127.0.0.1.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffCeiling, DEFAULT_BACKOFF, nextAttemptAt } from './backoff.js';
import { fakeOutbox } from './fake-outbox.js';
import { webhookSecrets } from './secrets.js';
import { verifyWebhook } from './signature.js';
import { checkWebhookUrl } from './target.js';
import { type AttemptOutcome, createDeliveryWorker } from './worker.js';

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A receiver answering with the given statuses in turn (the last one repeats). */
async function receiver(statuses: readonly number[]): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      const status = statuses[Math.min(got.length - 1, statuses.length - 1)] ?? 200;
      if (status >= 300 && status < 400) res.setHeader('Location', 'http://127.0.0.1:1/elsewhere');
      res.writeHead(status).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/kefu`, got, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve).closeAllConnections())));
});

const secret = 'whsec_worker_test';
const start = new Date('2026-12-07T08:00:00Z');
const body = JSON.stringify({ id: 'alert_a', kind: 'breached' });

/** A clock the test moves by hand. */
function clock(at = start) {
  let t = at.getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (d: Date) => {
      t = d.getTime();
    },
  };
}

function setup(url: string, extra: Partial<Parameters<typeof createDeliveryWorker>[0]> = {}) {
  const outbox = fakeOutbox();
  outbox.add({ id: 'out_1', alertId: 'alert_a', org: 'default', url, body }, start);
  const time = clock();
  const attempts: AttemptOutcome[] = [];
  const worker = createDeliveryWorker({
    outbox,
    secretFor: () => secret,
    now: time.now,
    random: () => 0.5,
    onAttempt: (a) => attempts.push(a),
    ...extra,
  });
  return { outbox, time, attempts, worker };
}

describe('createDeliveryWorker (#16 Delivery)', () => {
  it('POSTs the outbox body, signed so that verifyWebhook accepts it, with the alert id and attempt 1', async () => {
    const hook = await receiver([200]);
    const { outbox, worker, time } = setup(hook.url);
    expect(await worker.runOnce()).toBe(1);
    expect(hook.got).toHaveLength(1);
    const [got] = hook.got;
    expect(got?.body).toBe(body);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers['kefu-webhook-id']).toBe('alert_a');
    expect(got?.headers['kefu-delivery-attempt']).toBe('1');
    const verified = verifyWebhook(secret, String(got?.headers['kefu-signature']), got?.body ?? '', {
      now: time.now(),
    });
    expect(verified.ok).toBe(true);
    expect(outbox.rows.get('out_1')?.deliveredAt).toEqual(start);
    expect(await worker.runOnce()).toBe(0);
  });

  it('retries a failure (500, then 503) until delivered: at least once, the same Kefu-Webhook-Id every time', async () => {
    const hook = await receiver([500, 503, 204]);
    const { outbox, worker, time, attempts } = setup(hook.url);
    for (let i = 0; i < 3; i += 1) {
      await worker.runOnce();
      time.set(outbox.rows.get('out_1')?.nextAttemptAt ?? start);
    }
    expect(hook.got.map((g) => g.headers['kefu-webhook-id'])).toEqual(['alert_a', 'alert_a', 'alert_a']);
    expect(hook.got.map((g) => g.headers['kefu-delivery-attempt'])).toEqual(['1', '2', '3']);
    expect(attempts.map((a) => a.error ?? 'delivered')).toEqual(['HTTP 500', 'HTTP 503', 'delivered']);
    expect(outbox.rows.get('out_1')?.deliveredAt).toBeDefined();
  });

  it('delivers again, with the same id, when a worker crashed after sending but before recording it', async () => {
    const hook = await receiver([200]);
    const { outbox, time } = setup(hook.url);
    // The first worker's process dies between the receiver's 200 and the outbox update.
    const crashing = createDeliveryWorker({
      outbox: { ...outbox, delivered: async () => Promise.reject(new Error('SIGKILL')) },
      secretFor: () => secret,
      now: time.now,
      leaseMs: 60_000,
    });
    await crashing.runOnce();
    expect(outbox.rows.get('out_1')?.deliveredAt).toBeUndefined();
    const second = createDeliveryWorker({ outbox, secretFor: () => secret, now: time.now });
    expect(await second.runOnce()).toBe(0); // still leased to the dead worker
    time.advance(60_000);
    expect(await second.runOnce()).toBe(1);
    expect(hook.got.map((g) => g.headers['kefu-webhook-id'])).toEqual(['alert_a', 'alert_a']);
    expect(outbox.rows.get('out_1')?.deliveredAt).toBeDefined();
  });

  it('does not retry before the backoff has passed', async () => {
    const hook = await receiver([500]);
    const { worker, time } = setup(hook.url);
    await worker.runOnce();
    time.advance(499); // random 0.5 of the first 1 000 ms ceiling: due at +500 ms
    expect(await worker.runOnce()).toBe(0);
    time.advance(1);
    expect(await worker.runOnce()).toBe(1);
  });

  it('waits with full jitter: random × min(cap, 1 s × 2^(n-1)), with the injected random', async () => {
    const hook = await receiver([500]);
    const { worker, time, attempts } = setup(hook.url, { random: () => 0.25, backoff: { maxAttempts: 30 } });
    for (let i = 0; i < 16; i += 1) {
      await worker.runOnce();
      const last = attempts.at(-1);
      time.set(last?.nextAttemptAt ?? start);
    }
    const waits = attempts.map(
      (a, i) => (a.nextAttemptAt?.getTime() ?? 0) - (attempts[i - 1]?.nextAttemptAt ?? start).getTime(),
    );
    // 0.25 × 1 s, 2 s, 4 s, … until the one-hour cap (2^12 s > 3 600 s).
    const expected = Array.from({ length: 16 }, (_, n) => Math.floor(0.25 * Math.min(3_600_000, 1000 * 2 ** n)));
    expect(waits).toEqual(expected);
  });

  it('gives up after maxAttempts: the item is dead, its last error kept, never tried again', async () => {
    const hook = await receiver([500]);
    const { outbox, worker, time, attempts } = setup(hook.url, { backoff: { maxAttempts: 3 } });
    for (let i = 0; i < 5; i += 1) {
      await worker.runOnce();
      time.advance(DEFAULT_BACKOFF.capMs);
    }
    expect(hook.got).toHaveLength(3);
    expect(attempts.map((a) => a.gaveUp)).toEqual([false, false, true]);
    expect(outbox.rows.get('out_1')).toMatchObject({ dead: true, errors: ['HTTP 500', 'HTTP 500', 'HTTP 500'] });
  });

  it('never follows a redirect: a 302 is a failure, and the Location is not visited', async () => {
    const hook = await receiver([302]);
    const { worker, attempts } = setup(hook.url);
    await worker.runOnce();
    expect(hook.got).toHaveLength(1);
    expect(attempts[0]?.error).toBe('HTTP 302 (redirects are not followed)');
  });

  it('treats no answer within the timeout as a failure and retries', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    servers.push(silent);
    const { port } = silent.address() as AddressInfo;
    const { worker, attempts } = setup(`http://127.0.0.1:${port}/`, { timeoutMs: 200 });
    await worker.runOnce();
    expect(attempts[0]).toMatchObject({ delivered: false, error: 'no answer within 200 ms', gaveUp: false });
  });

  it('treats a refused connection as a failure and retries', async () => {
    const closed = await receiver([200]);
    await new Promise((resolve) => closed.server.close(resolve));
    const { worker, attempts } = setup(closed.url);
    await worker.runOnce();
    expect(attempts[0]).toMatchObject({ delivered: false, error: 'network error: ECONNREFUSED', gaveUp: false });
  });

  it('refuses http:// to another host without sending, and gives up at once (a configuration error)', async () => {
    let sent = 0;
    const { worker, attempts, outbox } = setup('http://hooks.example.com/kefu', {
      fetch: async () => {
        sent += 1;
        return new Response('');
      },
    });
    await worker.runOnce();
    expect(sent).toBe(0);
    expect(attempts[0]).toMatchObject({ gaveUp: true, error: expect.stringMatching(/http:\/\/ is allowed only/) });
    expect(outbox.rows.get('out_1')?.dead).toBe(true);
  });

  it('gives up an item whose webhook is no longer configured (no secret to sign with)', async () => {
    const hook = await receiver([200]);
    const { worker, attempts } = setup(hook.url, { secretFor: () => undefined });
    await worker.runOnce();
    expect(hook.got).toHaveLength(0);
    expect(attempts[0]).toMatchObject({ gaveUp: true, error: expect.stringMatching(/no webhook .* any more/) });
  });

  it('the loop delivers what is due and stop() waits for the delivery in flight', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hook = await receiver([200]);
    const slowFetch: typeof fetch = async (input, init) => {
      await held;
      return fetch(input, init);
    };
    const { worker, outbox } = setup(hook.url, { fetch: slowFetch, idleMs: 5 });
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stopped = worker.stop();
    let done = false;
    void stopped.then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await stopped;
    expect(outbox.rows.get('out_1')?.deliveredAt).toBeDefined();
  });

  it('keeps looping after an outbox error, reporting it', async () => {
    const errors: unknown[] = [];
    const outbox = fakeOutbox();
    let calls = 0;
    const failing = {
      ...outbox,
      claim: async (...args: Parameters<typeof outbox.claim>) => {
        calls += 1;
        if (calls === 1) throw new Error('database is restarting');
        return outbox.claim(...args);
      },
    };
    const worker = createDeliveryWorker({
      outbox: failing,
      secretFor: () => secret,
      now: () => start,
      idleMs: 1,
      onError: (e) => errors.push(e),
    });
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await worker.stop();
    expect(errors).toHaveLength(1);
    expect(calls).toBeGreaterThan(1);
  });

  it('refuses a nonsensical setting with a clear error', () => {
    expect(() =>
      createDeliveryWorker({ outbox: fakeOutbox(), secretFor: () => secret, now: () => start, timeoutMs: 0 }),
    ).toThrow(/timeoutMs must be a positive number/);
    expect(() =>
      createDeliveryWorker({
        outbox: fakeOutbox(),
        secretFor: () => secret,
        now: () => start,
        backoff: { maxAttempts: 1.5 },
      }),
    ).toThrow(/maxAttempts must be a whole number/);
    expect(() =>
      createDeliveryWorker({
        outbox: fakeOutbox(),
        secretFor: () => secret,
        now: () => start,
        timeoutMs: 5000,
        leaseMs: 5000,
      }),
    ).toThrow(/leaseMs \(5000\) must be longer than timeoutMs \(5000\)/);
  });
});

describe('backoff (#16 Delivery: exponential backoff)', () => {
  it('has ceilings 1 s, 2 s, 4 s … capped at one hour, and gives up at maxAttempts', () => {
    expect([1, 2, 3, 4, 12, 13, 100, 5000].map((n) => backoffCeiling(DEFAULT_BACKOFF, n))).toEqual([
      1000, 2000, 4000, 8000, 2_048_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    expect(nextAttemptAt(DEFAULT_BACKOFF, 19, start, () => 0)).toBeDefined();
    expect(nextAttemptAt(DEFAULT_BACKOFF, 20, start, () => 0)).toBeUndefined();
  });

  it('never waits less than nothing or more than the cap, whatever random gives in [0, 1)', () => {
    for (const r of [0, 0.999999]) {
      for (let n = 1; n < DEFAULT_BACKOFF.maxAttempts; n += 1) {
        const wait = (nextAttemptAt(DEFAULT_BACKOFF, n, start, () => r)?.getTime() ?? Number.NaN) - start.getTime();
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(backoffCeiling(DEFAULT_BACKOFF, n));
      }
    }
  });
});

describe('checkWebhookUrl (#16 Delivery: where alerts may be sent)', () => {
  it.each([
    ['https://hooks.example.com/kefu', true],
    ['http://127.0.0.1:8080/hook', true],
    ['http://localhost/hook', true],
    ['http://[::1]:9000/', true],
    ['http://hooks.example.com/kefu', false],
    ['http://10.0.0.5/hook', false],
    ['ftp://example.com/', false],
    ['https://user:pass@example.com/', false],
    ['not a url', false],
  ])('%s → allowed %s', (url, allowed) => {
    expect(checkWebhookUrl(url).ok).toBe(allowed);
  });
});

describe('webhookSecrets (#16 Organisations: a webhook belongs to its organisation)', () => {
  it('finds the secret by organisation and URL, and nothing for another organisation’s URL', () => {
    const secretOf = webhookSecrets([
      { id: 'a', maxDelay: 'P2D', webhooks: [{ url: 'https://a.example/hook', secret: 'sa' }] },
      { id: 'b', maxDelay: 'P2D', webhooks: [{ url: 'https://b.example/hook', secret: 'sb' }] },
    ]);
    const item = (org: string, url: string) => ({ id: 'o', alertId: 'x', org, url, body: '{}', attempts: 0 });
    expect(secretOf(item('a', 'https://a.example/hook'))).toBe('sa');
    expect(secretOf(item('b', 'https://b.example/hook'))).toBe('sb');
    expect(secretOf(item('a', 'https://b.example/hook'))).toBeUndefined();
  });
});
