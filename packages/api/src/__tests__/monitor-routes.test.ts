/**
 * The live monitor's routes (issue #16: Ingest, Query, Organisations, Delivery's SSE stream), against a fake
 * `Monitor` (the contract): what each route hands the monitor and how it answers. The monitor's own
 * behaviour is tested in @kefu/monitor and end to end in monitor-server.test.ts.
 */
import { createAlertFeed } from '@kefu/monitor/delivery';
import { describe, expect, it } from 'vitest';
import type { MonitorService } from '../monitor-access.js';
import { type FakeMonitor, fakeMonitor } from './fake-monitor.js';
import { problemOf, testApp } from './helpers.js';

const tokenA = 'token-of-org-a-0123456789';
const tokenB = 'token-of-org-b-0123456789';
const apiToken = 'plain-api-token-0123456789';
const clock = new Date('2026-11-27T08:00:00Z');

/** The alert feed the Node entry makes, over the fake's alerts (polled every 10 ms here). */
function feedOf(monitor: FakeMonitor, options: { maxSubscribers?: number } = {}) {
  return createAlertFeed({
    poll: (org, after, limit) => monitor.alerts(org, { after, limit }),
    head: (org) => monitor.lastAlertSeq(org),
    intervalMs: 10,
    ...options,
  });
}

function twoOrgs(extra: Partial<MonitorService> = {}, monitor = fakeMonitor()) {
  const app = testApp({
    tokens: [apiToken],
    monitor: {
      monitor,
      orgs: [
        { id: 'a', tokens: [tokenA] },
        { id: 'b', tokens: [tokenB] },
      ],
      now: () => clock,
      feed: feedOf(monitor),
      ...extra,
    },
  });
  return { app, monitor };
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

function send(app: ReturnType<typeof testApp>, body: string, contentType: string, token = tokenA, query = '') {
  return app.request(`/v1/events${query}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...auth(token) },
    body,
  });
}

describe('POST /v1/events (issue #16 "Ingest")', () => {
  it('stores one JSON event and says so; the same id sent again is a duplicate (200 both times)', async () => {
    const { app, monitor } = twoOrgs();
    const event = JSON.stringify({ id: 'e-1', type: 'complaint.received' });
    const first = await send(app, event, 'application/json');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ accepted: 1, lines: [{ line: 1, id: 'e-1', fate: 'accepted' }] });
    const again = await send(app, event, 'application/json');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicates: 1, lines: [{ line: 1, id: 'e-1', fate: 'duplicate' }] });
    expect(monitor.events.get('a')).toEqual(['e-1']);
  });

  it('answers 207 with every line’s fate when an NDJSON line is rejected; the good lines are stored', async () => {
    const { app, monitor } = twoOrgs();
    const res = await send(app, '{"id":"x1"}\nnot json\n{"id":"x2"}', 'application/x-ndjson');
    expect(res.status).toBe(207);
    const body = (await res.json()) as { lines: { line: number; fate: string; code?: string }[] };
    expect(body.lines.map((l) => l.fate)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(body.lines[1]).toMatchObject({ line: 2, code: 'malformed-json' });
    expect(monitor.events.get('a')).toEqual(['x1', 'x2']);
  });

  it('takes a JSON array and text/plain NDJSON, and passes the server clock as now', async () => {
    const { app, monitor } = twoOrgs();
    expect((await send(app, '[{"id":"a1"},{"id":"a2"}]', 'application/json; charset=utf-8')).status).toBe(200);
    expect((await send(app, '{"id":"t1"}\n{"id":"t2"}\n', 'text/plain')).status).toBe(200);
    expect(monitor.events.get('a')).toEqual(['a1', 'a2', 't1', 't2']);
    expect(monitor.calls.filter((c) => c.method === 'ingest').map((c) => c.now)).toEqual([
      clock.toISOString(),
      clock.toISOString(),
    ]);
  });

  it('refuses another media type (415) and an empty body (400) in words, before the monitor sees them', async () => {
    const { app, monitor } = twoOrgs();
    const xml = await send(app, '<event/>', 'application/xml');
    expect(xml.status).toBe(415);
    expect((await problemOf(xml)).detail).toMatch(/application\/json .*application\/x-ndjson, not application\/xml/);
    const empty = await send(app, '  \n', 'application/json');
    expect(empty.status).toBe(400);
    expect((await problemOf(empty)).detail).toMatch(/the body is empty/);
    expect(monitor.calls).toEqual([]);
  });

  it('refuses a body over the app’s limit (413) without handing it to the monitor', async () => {
    const monitor = fakeMonitor();
    const app = testApp({
      bodyLimit: 100,
      monitor: { monitor, orgs: [{ id: 'default', tokens: [] }], feed: feedOf(monitor) },
    });
    const res = await app.request('/v1/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: `${'{"id":"long"}\n'.repeat(20)}`,
    });
    expect(res.status).toBe(413);
    expect(monitor.calls).toEqual([]);
  });
});

describe('organisations (issue #16 "Organisations": a token reaches its own organisation only)', () => {
  it('keeps each organisation’s events apart: B’s token sees none of A’s', async () => {
    const { app, monitor } = twoOrgs();
    await send(app, '{"id":"only-a"}', 'application/json', tokenA);
    await send(app, '{"id":"only-b"}', 'application/json', tokenB);
    expect(monitor.events.get('a')).toEqual(['only-a']);
    expect(monitor.events.get('b')).toEqual(['only-b']);
    monitor.raise('a', 'breached', '2026-11-27T10:00:00Z');
    const seenByB = await app.request('/v1/alerts', { headers: auth(tokenB) });
    expect(await seenByB.json()).toEqual({ alerts: [] });
    const seenByA = await app.request('/v1/alerts', { headers: auth(tokenA) });
    expect(((await seenByA.json()) as { alerts: unknown[] }).alerts).toHaveLength(1);
  });

  it.each([
    ['POST', '/v1/events?org=b'],
    ['GET', '/v1/obligations?org=b'],
    ['GET', '/v1/alerts?org=b'],
    ['GET', '/v1/alerts/stream?org=b'],
    ['GET', '/v1/months/2026-11?org=b'],
    ['POST', '/v1/months/2026-11/close?org=b'],
  ])('%s %s with A’s token is a 403 naming whose token it is', async (method, path) => {
    const { app, monitor } = twoOrgs();
    const res = await app.request(path, {
      method,
      headers: { ...auth(tokenA), 'Content-Type': 'application/json' },
      ...(method === 'POST' && { body: '{"id":"e"}' }),
    });
    expect(res.status).toBe(403);
    const problem = await problemOf(res);
    expect(problem.code).toBe('forbidden');
    expect(problem.detail).toBe('this token reaches organisation a only, not b');
    expect(monitor.calls).toEqual([]);
  });

  it('a KEFU_API_TOKENS token that is no organisation’s opens /v1/rules but none of the monitor’s data (403)', async () => {
    const { app } = twoOrgs();
    expect((await app.request('/v1/rules', { headers: auth(apiToken) })).status).toBe(200);
    const res = await app.request('/v1/obligations', { headers: auth(apiToken) });
    expect(res.status).toBe(403);
    expect((await problemOf(res)).detail).toMatch(/belongs to none of the monitor’s organisations/);
  });

  it('without a token, or with a wrong one, the monitor answers 401 like the rest of /v1', async () => {
    const { app } = twoOrgs();
    expect((await app.request('/v1/obligations')).status).toBe(401);
    expect((await app.request('/v1/obligations', { headers: auth('wrong-token-0123456789') })).status).toBe(401);
  });

  it('with nothing configured, the one default organisation is reached by the API’s tokens (or by anyone when auth is off)', async () => {
    const monitor = fakeMonitor();
    const orgs = [{ id: 'default', tokens: [] }];
    const guarded = testApp({ tokens: [apiToken], monitor: { monitor, orgs, feed: feedOf(monitor) } });
    expect((await guarded.request('/v1/obligations')).status).toBe(401);
    expect((await guarded.request('/v1/obligations', { headers: auth(apiToken) })).status).toBe(200);
    const open = testApp({ monitor: { monitor, orgs, feed: feedOf(monitor) } });
    const res = await open.request('/v1/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"id":"d"}',
    });
    expect(res.status).toBe(200);
    expect(monitor.events.get('default')).toEqual(['d']);
  });

  it('refuses to start when two organisations share a token, or one of several has none', () => {
    const monitor = fakeMonitor();
    expect(() =>
      testApp({
        monitor: {
          monitor,
          orgs: [
            { id: 'a', tokens: [tokenA] },
            { id: 'b', tokens: [tokenA] },
          ],
          feed: feedOf(monitor),
        },
      }),
    ).toThrow("invalid monitor organisations: a token of organisation b is also one of a's");
    expect(() =>
      testApp({
        monitor: {
          monitor,
          orgs: [
            { id: 'a', tokens: [tokenA] },
            { id: 'b', tokens: [] },
          ],
          feed: feedOf(monitor),
        },
      }),
    ).toThrow('organisation b has no tokens; with several organisations each needs its own');
  });

  it('refuses a short organisation token at start like a short KEFU_API_TOKENS one', () => {
    const monitor = fakeMonitor();
    expect(() =>
      testApp({ monitor: { monitor, orgs: [{ id: 'a', tokens: ['short'] }], feed: feedOf(monitor) } }),
    ).toThrow(/at least 16 are needed/);
  });
});

describe('queries (issue #16 "Query")', () => {
  it('GET /v1/obligations passes the limit (default 100) and refuses one out of 1–1000', async () => {
    const { app, monitor } = twoOrgs();
    expect((await app.request('/v1/obligations', { headers: auth(tokenA) })).status).toBe(200);
    const zero = await app.request('/v1/obligations?limit=0', { headers: auth(tokenA) });
    expect(zero.status).toBe(400);
    expect((await problemOf(zero)).detail).toMatch(/limit: expected a whole number from 1 to 1000/);
    expect(monitor.calls.filter((c) => c.method === 'openObligations')).toHaveLength(1);
  });

  it('GET /v1/alerts?after= pages by seq', async () => {
    const { app, monitor } = twoOrgs();
    const first = monitor.raise('a', 'at-risk', '2026-11-27T09:00:00Z');
    monitor.raise('a', 'breached', '2026-11-27T10:00:00Z');
    const res = await app.request(`/v1/alerts?after=${first.seq}`, { headers: auth(tokenA) });
    const { alerts } = (await res.json()) as { alerts: { kind: string }[] };
    expect(alerts.map((a) => a.kind)).toEqual(['breached']);
  });

  it('GET /v1/months/{month} and its close answer the month; a month that is not YYYY-MM is a 400', async () => {
    const { app } = twoOrgs();
    const month = await app.request('/v1/months/2026-11', { headers: auth(tokenA) });
    expect(await month.json()).toEqual({ month: '2026-11', findings: [], ledger: [], closed: false });
    const closed = await app.request('/v1/months/2026-11/close', { method: 'POST', headers: auth(tokenA) });
    expect(await closed.json()).toMatchObject({ closed: true });
    const bad = await app.request('/v1/months/2026-13', { headers: auth(tokenA) });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).detail).toMatch(/expected a month as YYYY-MM/);
  });

  it('answers the monitor’s own refusals as problems in its words: a month not over yet (422), too many events (413)', async () => {
    const { app } = twoOrgs();
    const early = await app.request('/v1/months/2027-01/close', { method: 'POST', headers: auth(tokenA) });
    expect(early.status).toBe(422);
    expect(await problemOf(early)).toMatchObject({ code: 'month-not-ended', detail: '2027-01 is not over yet' });
    const many = await send(app, '{"id":"e"}\n'.repeat(60), 'application/x-ndjson');
    expect(many.status).toBe(413);
    expect(await problemOf(many)).toMatchObject({ code: 'payload-too-large', detail: 'more than 50 events at once' });
  });

  it('documents the monitor’s routes in the OpenAPI document, with ingestion’s 207', async () => {
    const { app } = twoOrgs();
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: object }>>;
    };
    for (const path of [
      '/v1/events',
      '/v1/obligations',
      '/v1/alerts',
      '/v1/alerts/stream',
      '/v1/months/{month}',
      '/v1/months/{month}/close',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(Object.keys(doc.paths['/v1/events']?.post?.responses ?? {})).toContain('207');
  });
});

/** Reads an SSE body until `done` says it has what it needs (or 3 s pass), then cancels it. */
async function readStream(res: Response, done: (text: string) => boolean): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 3000;
  // A read outlives the 100 ms wait that lost the race to it: its chunk is taken on the next round.
  let pending = reader.read();
  while (!done(text) && Date.now() < deadline) {
    const chunk = await Promise.race([pending, new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
    if (chunk === undefined) continue;
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
    pending = reader.read();
  }
  await reader.cancel();
  return text;
}

const seqs = (text: string) => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));

describe('GET /v1/alerts/stream (issue #16 "Delivery": server-sent events)', () => {
  it('resumes after Last-Event-ID and then carries an alert raised while it is open, as event: alert', async () => {
    const { app, monitor } = twoOrgs();
    const first = monitor.raise('a', 'at-risk', '2026-11-27T09:00:00Z');
    monitor.raise('a', 'breached', '2026-11-27T10:00:00Z');
    const res = await app.request('/v1/alerts/stream', {
      headers: { ...auth(tokenA), 'Last-Event-ID': String(first.seq) },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    setTimeout(() => monitor.raise('a', 'breached', '2026-11-27T11:00:00Z'), 100);
    const text = await readStream(res, (t) => seqs(t).length >= 2);
    expect(seqs(text)).toEqual([first.seq + 1, first.seq + 2]);
    expect(text).toMatch(/^event: alert$/m);
    const data = /^data: (.*)$/m.exec(text)?.[1] ?? '';
    expect(JSON.parse(data)).toMatchObject({ org: 'a', kind: 'breached', seq: first.seq + 1 });
  });

  it('reproduction: a new stream (no Last-Event-ID, no since) replayed every alert from seq 0; now it gets only new ones', async () => {
    const { app, monitor } = twoOrgs();
    monitor.raise('a', 'at-risk', '2026-11-27T09:00:00Z');
    const old = monitor.raise('a', 'breached', '2026-11-27T10:00:00Z');
    const res = await app.request('/v1/alerts/stream', { headers: auth(tokenA) });
    setTimeout(() => monitor.raise('a', 'breached', '2026-11-27T11:00:00Z'), 100);
    const text = await readStream(res, (t) => seqs(t).length >= 1);
    expect(seqs(text)).toEqual([old.seq + 1]);
  });

  it('replays the history first when asked: ?since=0 from the start, ?since=<seq> after that alert', async () => {
    const { app, monitor } = twoOrgs();
    const first = monitor.raise('a', 'at-risk', '2026-11-27T09:00:00Z');
    const second = monitor.raise('a', 'breached', '2026-11-27T10:00:00Z');
    const all = await app.request('/v1/alerts/stream?since=0', { headers: auth(tokenA) });
    expect(seqs(await readStream(all, (t) => seqs(t).length >= 2))).toEqual([first.seq, second.seq]);
    const after = await app.request(`/v1/alerts/stream?since=${first.seq}`, { headers: auth(tokenA) });
    expect(seqs(await readStream(after, (t) => seqs(t).length >= 1))).toEqual([second.seq]);
    const bad = await app.request('/v1/alerts/stream?since=-1', { headers: auth(tokenA) });
    expect(bad.status).toBe(400);
  });

  it('sends a heartbeat comment while idle', async () => {
    const { app } = twoOrgs({ heartbeatMs: 30 });
    const res = await app.request('/v1/alerts/stream', { headers: auth(tokenA) });
    expect(await readStream(res, (t) => t.includes(': heartbeat'))).toContain(': heartbeat\n\n');
  });

  it('refuses a Last-Event-ID that is not a seq (400), and one stream more than allowed (503)', async () => {
    const monitor = fakeMonitor();
    const { app } = twoOrgs({ feed: feedOf(monitor, { maxSubscribers: 1 }) }, monitor);
    const bad = await app.request('/v1/alerts/stream', { headers: { ...auth(tokenA), 'Last-Event-ID': 'abc' } });
    expect(bad.status).toBe(400);
    const held = await app.request('/v1/alerts/stream', { headers: auth(tokenA) });
    const second = await app.request('/v1/alerts/stream', { headers: auth(tokenA) });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('5');
    await held.body?.cancel();
  });

  it('ends when the server stops (the feed is closed), so that a shutdown is not held up by open streams', async () => {
    const monitor = fakeMonitor();
    const feed = feedOf(monitor);
    const { app } = twoOrgs({ feed }, monitor);
    const res = await app.request('/v1/alerts/stream', { headers: auth(tokenA) });
    setTimeout(() => void feed.close(), 50);
    const reader = res.body?.getReader();
    const started = Date.now();
    let ended = false;
    while (reader && Date.now() - started < 2000) {
      if ((await reader.read()).done) {
        ended = true;
        break;
      }
    }
    expect(ended).toBe(true);
  });
});
