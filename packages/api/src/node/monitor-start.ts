/**
 * Starts the live monitor for the Node server (issue #16): opens the store (PGlite in KEFU_DATA_DIR, or the
 * PostgreSQL server of DATABASE_URL, migrations applied), reads the organisations (KEFU_MONITOR_ORGS, else
 * one `default` organisation), and starts the timer loop, the webhook delivery worker and the alert feed.
 * Every loop claims its work in the store (`FOR UPDATE SKIP LOCKED`), so any number of API processes may
 * run them on one PostgreSQL. `stop()` ends them in order and closes the store.
 */
import { createMonitor, defaultOrgs, type Monitor, openStore, readOrgsFile } from '@kefu/monitor';
import { createAlertFeed, createDeliveryWorker, webhookSecrets } from '@kefu/monitor/delivery';
import type { MonitorService } from '../monitor-access.js';
import type { Logger } from '../settings.js';
import { type MonitorSettings, monitorSettingsFromEnv } from './monitor-settings.js';
import { startTimerLoop } from './timer-loop.js';

export interface StartedMonitor {
  readonly service: MonitorService;
  readonly settings: MonitorSettings;
  readonly store: 'pglite' | 'postgres';
  readonly orgs: readonly string[];
  readonly webhooks: number;
  /** Stops the timer loop and the delivery worker (work in flight finishes) and ends the alert streams. */
  stopLoops(): Promise<void>;
  /** Closes the store (after `stopLoops`, once no request uses it). */
  close(): Promise<void>;
}

/** Starts the monitor, or returns undefined under `KEFU_MONITOR=off`. */
export async function startMonitor(
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
  /** The wall clock; the test-only KEFU_MONITOR_CLOCK_OFFSET_MS is added to it. */
  wallClock: () => number = Date.now,
): Promise<StartedMonitor | undefined> {
  const settings = monitorSettingsFromEnv(env);
  if (!settings.enabled) return undefined;
  // Read (and checked) before the store is opened: a bad file refuses to start without touching the data.
  const config = settings.orgsFile ? await readOrgsFile(settings.orgsFile, env) : defaultOrgs();
  const store = await openStore(
    settings.databaseUrl !== undefined ? { databaseUrl: settings.databaseUrl } : { dataDir: settings.dataDir },
  );
  const monitor: Monitor = createMonitor({ store, orgs: config.orgs });
  const now = () => new Date(wallClock() + settings.clockOffsetMs);
  const onError = (what: string) => (error: unknown) => log({ level: 'error', msg: what, error: String(error) });

  const feed = createAlertFeed({
    poll: (org, after, limit) => monitor.alerts(org, { after, limit }),
    // A stream that asks for no history (no Last-Event-ID, no `since`) starts after the latest alert.
    head: (org) => monitor.lastAlertSeq(org),
    intervalMs: settings.tickMs,
    maxSubscribers: settings.maxStreams,
    onError: onError('alert feed poll failed'),
  });
  const worker = createDeliveryWorker({
    outbox: monitor.outbox,
    secretFor: webhookSecrets(config.orgs),
    now,
    onError: onError('webhook outbox failed'),
    onAttempt: (a) =>
      log({
        level: a.delivered ? 'debug' : 'warn',
        msg: a.delivered ? 'webhook delivered' : a.gaveUp ? 'webhook given up' : 'webhook failed',
        alert: a.item.alertId,
        org: a.item.org,
        attempt: a.attempt,
        ...(a.error !== undefined && { error: a.error }),
      }),
  });
  worker.start();
  const timers = startTimerLoop(monitor, {
    intervalMs: settings.tickMs,
    now,
    log,
    // An alert just raised here is sent and streamed now, not at the loops' next round.
    onRaised: () => {
      worker.wake();
      feed.notify();
    },
  });

  const byOrg = new Map<string, string[]>();
  for (const [token, org] of config.tokens) byOrg.set(org, [...(byOrg.get(org) ?? []), token]);
  const service: MonitorService = {
    monitor,
    orgs: config.orgs.map((o) => ({ id: o.id, tokens: byOrg.get(o.id) ?? [] })),
    now,
    feed,
  };
  return {
    service,
    settings,
    store: store.kind,
    orgs: config.orgs.map((o) => o.id),
    webhooks: config.orgs.reduce((n, o) => n + o.webhooks.length, 0),
    async stopLoops() {
      await Promise.all([timers.stop(), worker.stop(), feed.close()]);
    },
    close: () => monitor.close(),
  };
}
