/**
 * Issue #16, "Delivery": alerts go to a server-sent-events stream `GET /v1/alerts/stream`; "several API
 * processes share one state". The feed polls a store (here an array standing for the alerts table, which
 * any process may append to) and hands each subscriber its organisation's alerts in `seq` order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../contract.js';
import { type AlertFeedOptions, type AlertSubscription, createAlertFeed, parseLastEventId } from './feed.js';

function alert(seq: number, org = 'default'): Alert {
  return {
    id: `alert_${org}_${seq}`,
    org,
    kind: 'breached',
    at: '2026-12-07T08:00:00.000Z',
    seq,
    finding: {} as Alert['finding'],
  };
}

/** The alerts table as every process sees it, with the queries the feed made. */
function store(initial: readonly Alert[] = []) {
  const rows = [...initial];
  const queries: { org: string; after: number; limit: number }[] = [];
  let seq = rows.reduce((max, a) => Math.max(max, a.seq), 0);
  const options: Pick<AlertFeedOptions, 'poll' | 'head'> = {
    poll: async (org, after, limit) => {
      queries.push({ org, after, limit });
      return rows.filter((a) => a.org === org && a.seq > after).slice(0, limit);
    },
    head: async (org) => rows.filter((a) => a.org === org).reduce((max, a) => Math.max(max, a.seq), 0),
  };
  return {
    rows,
    queries,
    options,
    /** Another process raises an alert. */
    raise(org = 'default'): Alert {
      seq += 1;
      const a = alert(seq, org);
      rows.push(a);
      return a;
    },
  };
}

/** A read the last drain left waiting: taken up by the next drain, so no alert is lost to an abandoned read. */
const pendingReads = new WeakMap<AlertSubscription, Promise<IteratorResult<Alert>>>();

/** Takes what the subscription has buffered now, without waiting for more (as a stream's writer would). */
async function drain(sub: AlertSubscription): Promise<number[]> {
  const seqs: number[] = [];
  const it = sub[Symbol.asyncIterator]();
  for (;;) {
    const read = pendingReads.get(sub) ?? it.next();
    pendingReads.set(sub, read);
    const next = await Promise.race([read, new Promise<'empty'>((r) => setImmediate(() => r('empty')))]);
    if (next === 'empty') return seqs;
    pendingReads.delete(sub);
    if (next.done) return seqs;
    seqs.push(next.value.seq);
  }
}

/** A feed whose interval never fires during a test: polls happen when the test says. */
const manual = { intervalMs: 3_600_000 };

describe('createAlertFeed (#16 Delivery: the SSE stream)', () => {
  it('without Last-Event-ID, streams only the alerts raised after subscribing, in seq order', async () => {
    const db = store([alert(1), alert(2)]);
    const feed = createAlertFeed({ ...db.options, ...manual });
    const sub = await feed.subscribe('default');
    db.raise();
    db.raise();
    await feed.poll();
    expect(await drain(sub)).toEqual([3, 4]);
    await feed.close();
  });

  it('resumes exactly after Last-Event-ID: nothing lost, nothing repeated', async () => {
    const db = store([1, 2, 3, 4, 5].map((n) => alert(n)));
    const feed = createAlertFeed({ ...db.options, ...manual });
    const sub = await feed.subscribe('default', { after: 2 });
    await feed.poll();
    expect(await drain(sub)).toEqual([3, 4, 5]);
    await feed.poll();
    expect(await drain(sub)).toEqual([]);
    await feed.close();
  });

  it('reaches this process’s streams with alerts another process wrote to the store (the interval polls)', async () => {
    const db = store();
    const feed = createAlertFeed({ ...db.options, intervalMs: 5 });
    const sub = await feed.subscribe('default');
    const it = sub[Symbol.asyncIterator]();
    db.raise();
    const first = await it.next();
    expect(first.value?.seq).toBe(1);
    await feed.close();
  });

  it('keeps organisations apart: a stream sees only its own organisation’s alerts', async () => {
    const db = store();
    const feed = createAlertFeed({ ...db.options, ...manual });
    const a = await feed.subscribe('org-a');
    const b = await feed.subscribe('org-b');
    db.raise('org-a');
    db.raise('org-b');
    db.raise('org-a');
    await feed.poll();
    expect((await drain(a)).length).toBe(2);
    expect(await drain(b)).toEqual([2]);
    await feed.close();
  });

  it('asks the store for no more than a subscriber’s free buffer, so catching up never grows memory', async () => {
    const db = store(Array.from({ length: 50 }, (_, i) => alert(i + 1)));
    const feed = createAlertFeed({ ...db.options, ...manual, bufferSize: 8 });
    const sub = await feed.subscribe('default', { after: 0 });
    const got: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      await feed.poll();
      got.push(...(await drain(sub)));
    }
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(Math.max(...db.queries.map((q) => q.limit))).toBe(8);
    await feed.close();
  });

  it('drops a subscriber whose buffer stays full, with the reason, and ends its stream', async () => {
    const db = store(Array.from({ length: 10 }, (_, i) => alert(i + 1)));
    const feed = createAlertFeed({ ...db.options, ...manual, bufferSize: 4, stallPolls: 3 });
    const slow = await feed.subscribe('default', { after: 0 });
    const fast = await feed.subscribe('default', { after: 0 });
    for (let i = 0; i < 4; i += 1) {
      await feed.poll();
      await drain(fast);
    }
    expect(slow.dropped).toBe('slow-subscriber');
    expect(fast.dropped).toBeUndefined();
    expect(feed.subscribers).toBe(1);
    // What was buffered is still handed over, then the stream ends: the client resumes from the last id.
    expect(await drain(slow)).toEqual([1, 2, 3, 4]);
    await feed.close();
  });

  it('serves subscribers at the same position with one query', async () => {
    const db = store();
    const feed = createAlertFeed({ ...db.options, ...manual });
    const subs = await Promise.all([1, 2, 3].map(() => feed.subscribe('default')));
    db.raise();
    await feed.poll();
    expect(db.queries).toHaveLength(1);
    for (const s of subs) expect(await drain(s)).toEqual([1]);
    await feed.close();
  });

  it('reports a failed poll and delivers at the next one (the database came back)', async () => {
    const db = store();
    const errors: unknown[] = [];
    let down = true;
    const feed = createAlertFeed({
      ...db.options,
      ...manual,
      poll: async (org, after, limit) => {
        if (down) throw new Error('connection refused');
        return db.options.poll(org, after, limit);
      },
      onError: (e) => errors.push(e),
    });
    const sub = await feed.subscribe('default');
    db.raise();
    await feed.poll();
    down = false;
    await feed.poll();
    expect(errors).toHaveLength(1);
    expect(await drain(sub)).toEqual([1]);
    await feed.close();
  });

  it('refuses a subscriber beyond maxSubscribers, and frees the place when one closes', async () => {
    const db = store();
    const feed = createAlertFeed({ ...db.options, ...manual, maxSubscribers: 2 });
    const first = await feed.subscribe('default');
    await feed.subscribe('default');
    await expect(feed.subscribe('default')).rejects.toThrow(/2 streams are open already/);
    first.close();
    await expect(feed.subscribe('default')).resolves.toBeDefined();
    await feed.close();
  });

  it('ends every stream with feed-closed when the feed closes', async () => {
    const db = store();
    const feed = createAlertFeed({ ...db.options, ...manual });
    const sub = await feed.subscribe('default');
    const waiting = sub[Symbol.asyncIterator]().next();
    await feed.close();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(sub.dropped).toBe('feed-closed');
  });

  it('gives every subscriber exactly its organisation’s alerts after its position, in order, however polls and reads interleave', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b'), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ org: fc.constantFrom('a', 'b'), after: fc.integer({ min: 0, max: 30 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        async (orgs, bufferSize, positions, reads) => {
          const db = store();
          const feed = createAlertFeed({ ...db.options, ...manual, bufferSize, stallPolls: 1000 });
          const half = Math.floor(orgs.length / 2);
          for (const org of orgs.slice(0, half)) db.raise(org);
          const subs = await Promise.all(positions.map((p) => feed.subscribe(p.org, { after: p.after })));
          for (const org of orgs.slice(half)) db.raise(org);
          const got = subs.map((): number[] => []);
          for (const read of reads) {
            await feed.poll();
            if (read) for (const [i, s] of subs.entries()) got[i]?.push(...(await drain(s)));
          }
          // Then read on until everything is through (60 alerts at one a poll at most).
          for (let i = 0; i < 61; i += 1) {
            await feed.poll();
            for (const [n, s] of subs.entries()) got[n]?.push(...(await drain(s)));
          }
          positions.forEach((p, i) => {
            const expected = db.rows.filter((a) => a.org === p.org && a.seq > p.after).map((a) => a.seq);
            expect(got[i]).toEqual(expected);
          });
          await feed.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('parseLastEventId (#16 Delivery: resuming a stream)', () => {
  it.each([
    [undefined, { ok: true, after: undefined }],
    ['', { ok: true, after: undefined }],
    ['42', { ok: true, after: 42 }],
    [' 7 ', { ok: true, after: 7 }],
  ])('%j → %j', (header, expected) => {
    expect(parseLastEventId(header)).toEqual(expected);
  });

  it.each([['-1'], ['abc'], ['1e3'], ['99999999999999999']])('refuses %j with a message', (header) => {
    expect(parseLastEventId(header)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an alert sequence/),
    });
  });
});
