/**
 * Issue #16 "Crash safety", on the embedded store (PGlite): the built server is killed with SIGKILL during
 * ingestion and around a due instant, then started again on the same data directory. No event whose POST
 * got a reply is lost, no due alert is lost, and none is delivered with a new id (a local webhook receiver
 * records every delivery's `Kefu-Webhook-Id`). The same on PostgreSQL with two processes: test-pg/.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  complaintDueIn,
  type Delivery,
  eventually,
  monitorHome,
  type Receiver,
  type RunningServer,
  startServer,
  webhookReceiver,
} from './monitor-processes.js';

interface AlertJson {
  id: string;
  kind: string;
  finding: { key?: string; result: { status: string } };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** `count` events of their own cases (complaints replied at once), with ids, as NDJSON. */
function batch(prefix: string, count: number): { body: string; ids: string[] } {
  const now = Date.now() - 60_000;
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(now + i).toISOString();
    lines.push(
      JSON.stringify({ id: `${prefix}-r${i}`, type: 'complaint-received', at, case: `${prefix}-${i}`, valid: true }),
    );
    lines.push(JSON.stringify({ id: `${prefix}-p${i}`, type: 'complaint-replied', at, case: `${prefix}-${i}` }));
  }
  return { body: lines.join('\n'), ids: lines.map((l) => (JSON.parse(l) as { id: string }).id) };
}

async function alertsOf(server: RunningServer): Promise<AlertJson[]> {
  const res = await server.get('/v1/alerts?limit=1000');
  return ((await res.json()) as { alerts: AlertJson[] }).alerts;
}

/** Every delivered id stands for exactly one alert the store kept: a redelivery never mints a new id. */
function expectNoNewIds(deliveries: readonly Delivery[], alerts: readonly AlertJson[]) {
  const kept = new Set(alerts.map((a) => a.id));
  for (const d of deliveries) expect(kept.has(d.id), `delivered id ${d.id} is an alert's`).toBe(true);
  const byCaseAndKind = new Map<string, Set<string>>();
  for (const d of deliveries) {
    const key = `${d.obligation} ${d.kind}`;
    byCaseAndKind.set(key, (byCaseAndKind.get(key) ?? new Set()).add(d.id));
  }
  for (const [key, ids] of byCaseAndKind) expect([...ids], key).toHaveLength(1);
  expect(deliveries.every((d) => d.verified)).toBe(true);
}

describe('crash safety on PGlite (issue #16)', () => {
  it('SIGKILL during ingestion and at a due instant: every replied event stored, the due alert raised once and delivered with one id', async () => {
    const receiver: Receiver = await webhookReceiver();
    cleanups.push(() => receiver.close());
    const home = monitorHome(receiver.url);
    cleanups.push(() => rmSync(home.dir, { recursive: true, force: true }));

    let server = await startServer(home.env);
    cleanups.push(() => server.kill());
    // Due 3 s from now: the server is killed around that instant, with ingestions in flight.
    const due = await server.post('/v1/events', complaintDueIn('C-DUE', 3000), 'application/json');
    expect(due.status).toBe(200);
    const replied: string[] = [];
    let sent = 0;
    const ingesting = (async () => {
      for (;;) {
        const { body, ids } = batch(`b${sent}`, 50);
        sent += 1;
        try {
          const res = await server.post('/v1/events', body);
          if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
          replied.push(...ids);
        } catch {
          return; // the server is gone: this POST got no reply, so nothing is promised about it
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 3000));
    await server.kill();
    await ingesting;
    expect(replied.length).toBeGreaterThan(0);

    server = await startServer(home.env);
    // No accepted event lost: every event whose POST got a reply is stored (a resend is a duplicate).
    for (let i = 0; i < replied.length; i += 500) {
      const ids = replied.slice(i, i + 500);
      const lines = ids.map((id) =>
        JSON.stringify({ id, type: 'complaint-replied', at: new Date().toISOString(), case: 'x' }),
      );
      const res = await server.post('/v1/events', lines.join('\n'));
      const body = (await res.json()) as { lines: { fate: string }[] };
      expect(body.lines.filter((l) => l.fate !== 'duplicate')).toEqual([]);
    }
    // No due alert lost: the breach is raised though the server was down at its instant, and delivered.
    const breached = await eventually(
      async () => receiver.deliveries.find((d) => d.obligation === 'C-DUE' && d.kind === 'breached'),
      30_000,
      'the breached alert of C-DUE at the receiver',
    );
    expect(breached.verified).toBe(true);
    // Killed again just after the alert: the next server redelivers (at least once) under the same id.
    await server.kill();
    server = await startServer(home.env);
    await new Promise((r) => setTimeout(r, 2000));
    const alerts = await alertsOf(server);
    expect(alerts.filter((a) => a.finding.key === 'C-DUE' && a.kind === 'breached')).toHaveLength(1);
    expectNoNewIds(receiver.deliveries, alerts);
  }, 240_000);
});
