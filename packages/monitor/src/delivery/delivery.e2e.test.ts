/**
 * Issue #16, "Delivery", end to end on the real store (PGlite): a complaint not replied to within 2 hours
 * (P01 投訴 4) raises at-risk and breached alerts; the outbox written in their transaction is delivered by
 * the worker to a webhook on 127.0.0.1, signed, each alert with its own stable id; and the feed behind the
 * SSE stream hands the same alerts out in seq order.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { MonitorOrg } from '../contract.js';
import { at, ev, type TestMonitor, testMonitor } from '../test-support.js';
import { createAlertFeed } from './feed.js';
import { webhookSecrets } from './secrets.js';
import { verifyWebhook } from './signature.js';
import { createDeliveryWorker } from './worker.js';

const secret = 'whsec_e2e';
const received = ev('complaint-received', '2026-04-02T09:00', { case: 'C1', employee: 'S-04', valid: true });

let t: TestMonitor | undefined;
let server: Server | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A webhook receiver answering the given statuses in turn (the last repeats). */
async function receiver(statuses: readonly number[]) {
  const got: { headers: IncomingHttpHeaders; body: string }[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(statuses[Math.min(got.length - 1, statuses.length - 1)] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/kefu`, got };
}

async function breachedComplaint(url: string, secrets?: readonly string[]) {
  const hook = { url, secret: secrets?.[0] ?? secret, ...(secrets !== undefined && { secrets }) };
  const orgs: MonitorOrg[] = [{ id: 'default', maxDelay: 'P2D', webhooks: [hook] }];
  t = await testMonitor(orgs);
  await t.monitor.ingest('default', received, at('2026-04-02T09:01'));
  // The at-risk instant (75% of the 2 hours), then the due instant.
  await t.monitor.tick(at('2026-04-02T10:31'));
  await t.monitor.tick(at('2026-04-02T11:01'));
  return { monitor: t.monitor, orgs, alerts: await t.monitor.alerts('default') };
}

describe('delivery on the real store (#16 Delivery)', () => {
  it('delivers each alert of the outbox, signed, with the alert as the body and its id in Kefu-Webhook-Id', async () => {
    const hook = await receiver([204]);
    const { monitor, orgs, alerts } = await breachedComplaint(hook.url);
    expect(alerts.map((a) => a.kind)).toEqual(['at-risk', 'breached']);
    const now = at('2026-04-02T11:02');
    const worker = createDeliveryWorker({ outbox: monitor.outbox, secretFor: webhookSecrets(orgs), now: () => now });
    expect(await worker.runOnce()).toBe(2);
    const byId = new Map(hook.got.map((g) => [String(g.headers['kefu-webhook-id']), g]));
    for (const alert of alerts) {
      const got = byId.get(alert.id);
      expect(JSON.parse(got?.body ?? '')).toEqual(alert);
      expect(verifyWebhook(secret, String(got?.headers['kefu-signature']), got?.body ?? '', { now }).ok).toBe(true);
    }
    // Delivered: nothing is due any more, now or later.
    expect(await worker.runOnce()).toBe(0);
    expect(await monitor.outbox.claim(at('2026-04-03T00:00'), 10, 1000)).toEqual([]);
  });

  it('rotating a secret (#16 item 3): signed with the new and the old, so a receiver knowing either accepts it', async () => {
    const hook = await receiver([204]);
    const { monitor, orgs } = await breachedComplaint(hook.url, ['whsec_new', 'whsec_old']);
    const now = at('2026-04-02T11:02');
    const worker = createDeliveryWorker({ outbox: monitor.outbox, secretFor: webhookSecrets(orgs), now: () => now });
    expect(await worker.runOnce()).toBe(2);
    for (const got of hook.got) {
      const header = String(got.headers['kefu-signature']);
      expect(header.match(/v1=/g)).toHaveLength(2);
      for (const receiverSecret of ['whsec_old', 'whsec_new', ['whsec_next', 'whsec_new']]) {
        expect(verifyWebhook(receiverSecret, header, got.body, { now }).ok).toBe(true);
      }
      expect(verifyWebhook('whsec_other', header, got.body, { now })).toMatchObject({
        ok: false,
        reason: 'signature-mismatch',
      });
    }
  });

  it('retries a failed delivery after its backoff with the same id, and records the attempts', async () => {
    const hook = await receiver([500, 200]);
    const { monitor, orgs } = await breachedComplaint(hook.url);
    let now = at('2026-04-02T11:02');
    const worker = createDeliveryWorker({
      outbox: monitor.outbox,
      secretFor: webhookSecrets(orgs),
      now: () => now,
      random: () => 0.5,
      batchSize: 1,
    });
    await worker.runOnce(); // 500: tried again 0.5 s later
    expect(await worker.runOnce()).toBe(1); // the other alert, delivered
    now = new Date(now.getTime() + 500);
    expect(await worker.runOnce()).toBe(1);
    const ids = hook.got.map((g) => g.headers['kefu-webhook-id']);
    expect(ids[2]).toBe(ids[0]);
    expect(hook.got.map((g) => g.headers['kefu-delivery-attempt'])).toEqual(['1', '1', '2']);
  });

  it('feeds the alerts to a stream in seq order, resuming after a Last-Event-ID', async () => {
    const hook = await receiver([204]);
    const { monitor, alerts } = await breachedComplaint(hook.url);
    const feed = createAlertFeed({
      poll: (org, after, limit) => monitor.alerts(org, { after, limit }),
      head: async () => 0,
      intervalMs: 3_600_000,
    });
    const all = await feed.subscribe('default', { after: 0 });
    const resumed = await feed.subscribe('default', { after: alerts[0]?.seq ?? 0 });
    await feed.poll();
    const take = async (sub: typeof all, n: number) => {
      const it = sub[Symbol.asyncIterator]();
      const out = [];
      for (let i = 0; i < n; i += 1) out.push((await it.next()).value);
      return out;
    };
    expect(await take(all, 2)).toEqual(alerts);
    expect(await take(resumed, 1)).toEqual([alerts[1]]);
    await feed.close();
  });
});
