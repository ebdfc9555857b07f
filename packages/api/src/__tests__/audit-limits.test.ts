/**
 * #13 "The API keeps its event loop free", in the app factory itself (every runtime): an audit works in
 * slices, stops at its time budget with a problem, and stops when its client goes away. (The Node entry
 * runs audits in a worker thread; server.test.ts checks /health there.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slicer } from '../audit-slices.js';
import { postJson, problemOf, testApp } from './helpers.js';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'property-office');
const month = readFileSync(join(examples, 'events.ndjson'), 'utf8');
const asOf = '2026-05-01T00:00:00+08:00';

function ndjsonRequest(body: string | ReadableStream<Uint8Array>, signal?: AbortSignal): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body,
    duplex: 'half',
    ...(signal && { signal }),
  } as RequestInit;
}

/** Count event-loop turns (macrotasks) until `done` settles. */
async function turnsDuring<T>(done: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await done;
  running = false;
  return { value, turns };
}

describe('#13 an audit yields to the event loop while it works', () => {
  it('a JSON audit of the example month lets the event loop turn many times (it ran in one go before)', async () => {
    const app = testApp();
    const events = month.trim().split('\n');
    const { value: res, turns } = await turnsDuring(Promise.resolve(postJson(app, '/v1/audit', { events, asOf })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { summary: { lines: number } }).summary.lines).toBe(events.length);
    expect(turns).toBeGreaterThan(10);
  });

  it('a streamed audit given its whole body at once still works in slices', async () => {
    const app = testApp();
    const { value: text, turns } = await turnsDuring(
      Promise.resolve(app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(month))).then((r) =>
        r.text(),
      ),
    );
    expect(text.trimEnd().split('\n').at(-1)).toContain('"type":"summary"');
    expect(turns).toBeGreaterThan(10);
  });

  it('the slicer yields once a slice is spent, and counts waiting as no work', async () => {
    let now = 0;
    const slices = slicer({ budgetMs: 100, sliceMs: 5, now: () => now });
    let yielded = false;
    setImmediate(() => {
      yielded = true;
    });
    now = 4;
    await slices.checkpoint();
    expect(yielded).toBe(false);
    now = 6;
    await slices.checkpoint();
    expect(yielded).toBe(true);
    // The input arrives 994 ms later: waiting is not work.
    await slices.wait(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          now = 1_000;
          resolve();
        }, 1),
      ),
    );
    expect(slices.spentMs).toBe(6);
  });
});

describe('#13 an audit obeys its time budget', () => {
  it('a streamed audit over KEFU_API_AUDIT_TIMEOUT_MS ends with an audit-timeout record', async () => {
    const app = testApp({ auditTimeoutMs: 1 });
    const res = await app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(month.repeat(4)));
    expect(res.status).toBe(200);
    const last = JSON.parse((await res.text()).trimEnd().split('\n').at(-1) ?? '{}') as unknown;
    expect(last).toMatchObject({ type: 'error', problem: { code: 'audit-timeout', status: 422 } });
  });

  it('a JSON audit over the budget is a 422 audit-timeout problem', async () => {
    const app = testApp({ auditTimeoutMs: 1 });
    const res = await postJson(app, '/v1/audit', { events: month.trim().split('\n'), asOf });
    expect(res.status).toBe(422);
    expect(await problemOf(res)).toMatchObject({ code: 'audit-timeout' });
  });
});

describe('#13 an audit stops when its client goes away', () => {
  it('stops reading and auditing, and logs the request as aborted, not as an error', async () => {
    const entries: Record<string, unknown>[] = [];
    const app = testApp({ logLevel: 'info', logger: (e) => entries.push(e) });
    const controller = new AbortController();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(feed) {
        pulls += 1;
        feed.enqueue(new TextEncoder().encode(month.slice(0, 64 * 1024).replace(/\n[^\n]*$/, '\n')));
        if (pulls === 3) controller.abort();
      },
    });
    const res = await app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(body, controller.signal));
    await res.text().catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 50));
    const before = pulls;
    await new Promise((r) => setTimeout(r, 50));
    // Nothing more is read once the client is gone.
    expect(pulls).toBe(before);
    expect(pulls).toBeLessThan(10);
    expect(entries.filter((e) => e.msg === 'request aborted')).toHaveLength(1);
    expect(entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('#13 no number of requests buys unbounded work: audits running at once are capped', () => {
  it('one audit more than KEFU_API_MAX_AUDITS is a 503 with Retry-After; the slot is free again once it ends', async () => {
    const app = testApp({ maxAudits: 1 });
    let feed: ReadableStreamDefaultController<Uint8Array> | undefined;
    const open = new ReadableStream<Uint8Array>({
      start(controller) {
        feed = controller;
      },
    });
    const first = await app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(open));
    expect(first.status).toBe(200);
    const second = await app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(month));
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(await problemOf(second)).toMatchObject({ code: 'too-busy' });
    const json = await postJson(app, '/v1/audit', { events: [], asOf });
    expect(json.status).toBe(503);
    feed?.enqueue(new TextEncoder().encode(`${month.split('\n')[0]}\n`));
    feed?.close();
    expect(await first.text()).toContain('"type":"summary"');
    expect((await postJson(app, '/v1/audit', { events: [], asOf })).status).toBe(200);
    expect((await app.request(`/v1/audit?asOf=${encodeURIComponent(asOf)}`, ndjsonRequest(month))).status).toBe(200);
  });
});
