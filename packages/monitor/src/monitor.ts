/** `createMonitor`: the `Monitor` of contract.ts over a store opened by `openStore`. */

import { saveLive } from './checkpoint.js';
import { contextOf } from './context.js';
import type { Monitor, MonitorOrg } from './contract.js';
import { DEFAULT_LIVE, type LiveSettings } from './engine/live.js';
import { ingest } from './ingest/ingest.js';
import { DEFAULT_JUDGE_EVERY_MS } from './ingest/pacing.js';
import { DEFAULT_LIMITS, type IngestLimits } from './ingest/parse.js';
import { closeMonth, monthReport } from './monthly.js';
import { outboxStore } from './outbox.js';
import { alertsOf, lastAlertSeq, nextTimerAt, openObligationsOf } from './queries.js';
import type { MonitorStore } from './store.js';
import { tick } from './timers/tick.js';

export interface MonitorOptions {
  readonly store: MonitorStore;
  /** The organisations served (`readOrgsFile`, or `defaultOrgs()`). */
  readonly orgs: readonly MonitorOrg[];
  /** Per ingestion: body bytes (default 8 MiB) and events (default 10 000). */
  readonly limits?: Partial<IngestLimits>;
  /**
   * While events keep coming, the open obligations are judged again at least this often (default 1000 ms;
   * 0: after every batch, as a test wants); see ingest/pacing.ts.
   */
  readonly judgeEveryMs?: number;
  /**
   * Each organisation's audit kept live in memory between batches, its state saved every so many lines or
   * milliseconds (engine/live.ts; defaults 50 000 lines, 30 s). `false`: read and saved with every batch.
   */
  readonly live?: Partial<LiveSettings> | false;
}

export function createMonitor(options: MonitorOptions): Monitor {
  const judgeEveryMs = options.judgeEveryMs ?? DEFAULT_JUDGE_EVERY_MS;
  if (!Number.isSafeInteger(judgeEveryMs) || judgeEveryMs < 0) {
    throw new RangeError(`createMonitor: judgeEveryMs must be a whole number of milliseconds ≥ 0, got ${judgeEveryMs}`);
  }
  const live = options.live === false ? false : { ...DEFAULT_LIVE, ...options.live };
  const ctx = contextOf(options.store.db, options.orgs, { ...DEFAULT_LIMITS, ...options.limits }, judgeEveryMs, live);
  return {
    ingest: (org, input, now) => ingest(ctx, org, input, now),
    openObligations: (org, opts) => openObligationsOf(ctx, org, opts),
    alerts: (org, opts) => alertsOf(ctx, org, opts),
    lastAlertSeq: (org) => lastAlertSeq(ctx, org),
    month: (org, month, now) => monthReport(ctx, org, month, now),
    closeMonth: (org, month, now) => closeMonth(ctx, org, month, now),
    tick: (now) => tick(ctx, now),
    nextTimerAt: (org) => nextTimerAt(ctx, org),
    outbox: outboxStore(options.store.db),
    close: async () => {
      // The states in memory saved first: a restart then starts where this process stopped, with no replay.
      try {
        await saveLive(ctx);
      } finally {
        await options.store.close();
      }
    },
  };
}
