/**
 * Issue #16, Query: "what the monitor says about a month equals what `kefu audit` says about the same
 * events (tested on the example office)". The example office's events ingested in batches give, month by
 * month, the findings and the ledger of one `runAudit` over the whole log with the same options (asOf,
 * maxDelay, organisation file, configuration); and so does any other split into batches (a property).
 */
import { readFileSync } from 'node:fs';
import { type AuditOptions, type Finding, type LedgerEntry, runAudit } from '@kefu/rules';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor, MonitorOrg } from './contract.js';
import { createMonitor } from './monitor.js';
import { orgState } from './schema.js';
import { type TestMonitor, testMonitor } from './test-support.js';

const dir = new URL('../../../examples/property-office/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const lines = read('events.ndjson')
  .split('\n')
  .filter((l) => l.trim().length > 0);
const office: MonitorOrg = {
  id: 'default',
  org: JSON.parse(read('org.json')),
  config: JSON.parse(read('config.json')),
  maxDelay: 'P2D',
  webhooks: [],
};
const now = new Date('2026-05-01T00:00:00+08:00');
const options: AuditOptions = {
  asOf: now.toISOString(),
  maxDelay: office.maxDelay,
  org: office.org,
  config: office.config,
};
/** The months the office's log and its ledger touch. */
const MONTHS = ['2026-03', '2026-04', '2026-05'];

let t: TestMonitor;
beforeAll(async () => {
  t = await testMonitor([office]);
});
afterAll(() => t.dispose());

/**
 * Ingest in batches cut at `cuts`; returns the reason codes of the lines rejected. Given several monitors
 * (processes sharing the store), batch `k` goes to monitor `k mod n`.
 */
async function ingestInBatches(to: Monitor | readonly Monitor[], cuts: readonly number[]): Promise<string[]> {
  const monitors = Array.isArray(to) ? to : [to];
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), lines.length];
  const rejected: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const batch = lines.slice(bounds[i], bounds[i + 1]);
    if (batch.length === 0) continue;
    const monitor = monitors[i % monitors.length];
    if (monitor === undefined) throw new Error('no monitor');
    const result = await monitor.ingest('default', batch.join('\n'), now);
    for (const l of result.lines) if (l.fate === 'rejected') rejected.push(l.code);
    // Lines of earlier batches found late once their settled case is swept: rejected in one go too.
    for (const l of result.earlierRejected ?? []) rejected.push(l.code);
    expect(result.duplicates).toBe(0);
  }
  return rejected;
}

/** Findings compared as a multiset (order across months differs), by their JSON. */
const sorted = (findings: readonly Finding[]) => findings.map((f) => JSON.stringify(f)).sort();
const byMonth = (ledger: readonly LedgerEntry[], month: string) => ledger.filter((e) => e.month === month);

const audit = await runAudit(lines, options);

async function expectSameAsAudit(monitor: Monitor, rejected: readonly string[]): Promise<void> {
  // With maxDelay P2D the audit itself rejects three follow-ups of settled cases as late: so does the monitor.
  expect([...rejected].sort()).toEqual(audit.rejected.map((r) => r.code).sort());
  const reports = await Promise.all(MONTHS.map((m) => monitor.month('default', m, now)));
  expect(sorted(reports.flatMap((r) => r.findings))).toEqual(sorted(audit.findings));
  for (const report of reports) {
    expect(sortLedger(report.ledger)).toEqual(sortLedger(byMonth(audit.ledger, report.month)));
  }
  // The example office is a month of April: its findings and ledger are there, not spread thin.
  expect(reports[1]?.findings.length).toBeGreaterThan(2000);
}

const sortLedger = (ledger: readonly LedgerEntry[]) =>
  [...ledger].sort((a, b) => `${a.month}${a.employee}`.localeCompare(`${b.month}${b.employee}`));

describe('the monitor says what kefu audit says (#16 Query)', () => {
  it('the example office in batches of 500 lines: the same findings and ledger, month by month', async () => {
    await t.reset();
    const cuts = Array.from({ length: Math.floor(lines.length / 500) }, (_, i) => (i + 1) * 500);
    await expectSameAsAudit(t.monitor, await ingestInBatches(t.monitor, cuts));
    // Closing April writes the same documents and answers from them after.
    const open = await t.monitor.month('default', '2026-04', now);
    const closed = await t.monitor.closeMonth('default', '2026-04', now);
    expect(closed).toEqual({ ...open, closed: true });
    expect(await t.monitor.month('default', '2026-04', now)).toEqual(closed);
    await expect(t.monitor.closeMonth('default', '2026-05', now)).rejects.toMatchObject({ code: 'month-not-ended' });
  });

  it('property: any split of the example office into batches gives the same month documents', () =>
    fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: lines.length - 1 }), { maxLength: 4 }),
        async (cuts) => {
          await t.reset();
          await expectSameAsAudit(t.monitor, await ingestInBatches(t.monitor, cuts));
        },
      ),
      { numRuns: 3, examples: [[[]], [[1, lines.length - 1]]] },
    ));
});

/** Lines read and lines the saved state covers, as the store has them. */
async function savedLines(): Promise<{ lines: number; stateLines: number }> {
  const [row] = await t.store.db
    .select({ lines: orgState.lines, stateLines: orgState.stateLines })
    .from(orgState)
    .where(eq(orgState.org, 'default'));
  if (row === undefined) throw new Error('no org_state row');
  return row;
}

describe('the live audit: the same documents however the state in memory is lost or bypassed (#16 Speed)', () => {
  const batchesOf500 = Array.from({ length: Math.floor(lines.length / 500) }, (_, i) => (i + 1) * 500);
  const rarely = { saveEveryLines: 1_000_000, saveEveryMs: 3_600_000 };

  it('a crash (no shutdown save): another monitor on the store replays the events since the saved state', async () => {
    await t.reset();
    const first = createMonitor({ store: t.store, orgs: [office], live: rarely });
    // Half the office, and on until a batch with no rejected line (a rejection saves the state) leaves the
    // store's state behind its lines.
    const rejectedBefore: string[] = [];
    let cut = 0;
    while (cut < lines.length / 2 || (await savedLines()).stateLines === cut) {
      const next = Math.min(cut + 500, lines.length);
      const result = await first.ingest('default', lines.slice(cut, next).join('\n'), now);
      for (const l of result.lines) if (l.fate === 'rejected') rejectedBefore.push(l.code);
      for (const l of result.earlierRejected ?? []) rejectedBefore.push(l.code);
      cut = next;
    }
    // Not closed: as after a SIGKILL, the state in memory is gone; the store's is behind its lines.
    expect((await savedLines()).stateLines).toBeLessThan(cut);
    const second = createMonitor({ store: t.store, orgs: [office], live: rarely });
    expect(cut).toBeLessThan(lines.length);
    const rest = lines.slice(cut);
    const result = await second.ingest('default', rest.join('\n'), now);
    const rejected = [...rejectedBefore];
    for (const l of result.lines) if (l.fate === 'rejected') rejected.push(l.code);
    for (const l of result.earlierRejected ?? []) rejected.push(l.code);
    await expectSameAsAudit(second, rejected);
  });

  it('two monitors taking batches in turn (two processes on one store): each catches up on the other', async () => {
    await t.reset();
    const monitors = [0, 1].map(() => createMonitor({ store: t.store, orgs: [office], live: rarely }));
    await expectSameAsAudit(monitors[0] ?? t.monitor, await ingestInBatches(monitors, batchesOf500));
  });

  it('live: false (the state read and saved with every batch) says the same', async () => {
    await t.reset();
    const plain = createMonitor({ store: t.store, orgs: [office], live: false });
    await expectSameAsAudit(plain, await ingestInBatches(plain, batchesOf500));
    const saved = await savedLines();
    expect(saved.stateLines).toBe(saved.lines);
  });
});
