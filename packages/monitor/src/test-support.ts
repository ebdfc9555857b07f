/** Helpers for the monitor's tests (not exported from the package): a PGlite store in a temp directory. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Monitor, MonitorOrg } from './contract.js';
import { createMonitor } from './monitor.js';
import { defaultOrgs } from './orgs.js';
import { type MonitorStore, openStore } from './store.js';

export interface TestMonitor {
  readonly monitor: Monitor;
  /** The store the monitor runs on (another monitor may share it). */
  readonly store: MonitorStore;
  readonly dir: string;
  /** Close the store and open the same directory again (a restart). */
  reopen(): Promise<Monitor>;
  /** Empty every table: a fresh store for the next test without paying for another PGlite. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export async function testMonitor(orgs: readonly MonitorOrg[] = defaultOrgs().orgs): Promise<TestMonitor> {
  const dir = await mkdtemp(join(tmpdir(), 'kefu-monitor-'));
  let store = await openStore({ dataDir: dir });
  let monitor = createMonitor({ store, orgs });
  return {
    get monitor() {
      return monitor;
    },
    get store() {
      return store;
    },
    dir,
    async reopen() {
      await monitor.close();
      store = await openStore({ dataDir: dir });
      monitor = createMonitor({ store, orgs });
      return monitor;
    },
    async reset() {
      await store.db.execute(
        sql`truncate org_state, events, findings, open_obligations, alerts, outbox, months restart identity`,
      );
    },
    async dispose() {
      await monitor.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An event line at a local Shanghai time (`2026-04-02T09:00`). */
export function ev(type: string, local: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ type, at: `${local}:00+08:00`, ...fields });
}

export const at = (local: string): Date => new Date(`${local}:00+08:00`);
