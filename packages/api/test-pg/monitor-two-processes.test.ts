/**
 * Issue #16 "Crash safety" on PostgreSQL: two API processes share one database (as a company scales out).
 * A due obligation is alerted exactly once between them (timers claimed with FOR UPDATE SKIP LOCKED), one
 * of them is killed with SIGKILL around the due instant and nothing is lost, and every delivery of an alert
 * carries the same id.
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  complaintDueIn,
  eventually,
  monitorHome,
  type Receiver,
  type RunningServer,
  startServer,
  webhookReceiver,
} from '../src/__tests__/monitor-processes.js';

const databaseUrl = process.env.KEFU_TEST_DATABASE_URL;
if (!databaseUrl) {
  throw new Error('KEFU_TEST_DATABASE_URL is not set: the PostgreSQL tests need a server (see .ci/run)');
}

/**
 * A database of this run's own (the role needs CREATEDB; .ci/run grants it), so that runs and other suites
 * sharing the server never see each other's rows or migrations.
 */
const database = `kefu_api_test_${process.pid}_${Date.now()}`;
const url = new URL(databaseUrl);
url.pathname = `/${database}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  await admin(`CREATE DATABASE ${database}`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface AlertJson {
  id: string;
  kind: string;
  finding: { key?: string };
}

describe('two API processes on one PostgreSQL (issue #16)', () => {
  it('alert a due obligation exactly once between them, one killed at the due instant, one id per alert delivered', async () => {
    const receiver: Receiver = await webhookReceiver();
    cleanups.push(() => receiver.close());
    const home = monitorHome(receiver.url);
    cleanups.push(() => rmSync(home.dir, { recursive: true, force: true }));
    const env = { ...home.env, DATABASE_URL: url.toString() };

    const first: RunningServer = await startServer(env);
    cleanups.push(() => first.kill());
    const second: RunningServer = await startServer(env);
    cleanups.push(() => second.kill());
    // Ten obligations due within 2–4 s, sent through either process.
    const cases = Array.from({ length: 10 }, (_, i) => `C-${i}`);
    for (const [i, c] of cases.entries()) {
      const res = await (i % 2 ? first : second).post(
        '/v1/events',
        complaintDueIn(c, 2000 + i * 200),
        'application/json',
      );
      expect(res.status).toBe(200);
    }
    // The first process dies around the due instants; the second carries on alone for the rest.
    await new Promise((r) => setTimeout(r, 2500));
    await first.kill();

    const alerts = await eventually(
      async () => {
        const res = await second.get('/v1/alerts?limit=1000');
        const list = ((await res.json()) as { alerts: AlertJson[] }).alerts;
        return list.filter((a) => a.kind === 'breached').length >= cases.length ? list : undefined;
      },
      30_000,
      'a breach alert for every case',
    );
    for (const c of cases) {
      expect(
        alerts.filter((a) => a.finding.key === c && a.kind === 'breached'),
        c,
      ).toHaveLength(1);
    }
    await eventually(
      async () =>
        new Set(receiver.deliveries.filter((d) => d.kind === 'breached').map((d) => d.obligation)).size >= cases.length
          ? true
          : undefined,
      30_000,
      'every breach delivered',
    );
    const kept = new Set(alerts.map((a) => a.id));
    const idsByAlert = new Map<string, Set<string>>();
    for (const d of receiver.deliveries) {
      expect(kept.has(d.id), `delivered id ${d.id}`).toBe(true);
      expect(d.verified).toBe(true);
      const key = `${d.obligation} ${d.kind}`;
      idsByAlert.set(key, (idsByAlert.get(key) ?? new Set()).add(d.id));
    }
    for (const [key, ids] of idsByAlert) expect(ids.size, key).toBe(1);
  });
});
