/**
 * The open obligations after a judgement (returns how many): the organisation's set made equal to the judgement's, each with
 * its next timer (skipping what was alerted already, so a restart or a re-judged obligation never alerts
 * twice). Only what changed is written: an obligation the judgement says exactly the same about (same
 * digest) keeps its row, and with it the timer progress `tick` made; the others are deleted and
 * inserted again, the new ones inserted, the gone ones deleted. So an ingestion costs what it changed,
 * not everything open (the bench's flatness). Deleting a changed or gone row waits for a `tick` holding
 * it, so the alerts that tick raised are seen by the lookup after.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '@kefu/rules';
import { and, eq, inArray } from 'drizzle-orm';
import { CHUNK, type Tx } from '../context.js';
import type { Decided, OrgEngine } from '../engine/judge.js';
import { nextTimer, type Obligation, obligationOf } from '../engine/obligations.js';
import { alertId } from '../ids.js';
import { alerts, openObligations } from '../schema.js';

export async function writeObligations(
  tx: Tx,
  org: string,
  engine: OrgEngine,
  provisional: readonly Decided[],
): Promise<number> {
  const judged = new Map<string, { readonly o: Obligation; readonly digest: string }>();
  for (const { finding } of provisional) {
    const o = obligationOf(finding, engine);
    if (o !== undefined && !judged.has(o.id)) judged.set(o.id, { o, digest: digestOf(o) });
  }
  const stored = await tx
    .select({ id: openObligations.id, digest: openObligations.digest })
    .from(openObligations)
    .where(eq(openObligations.org, org));
  const stale: string[] = [];
  const unchanged = new Set<string>();
  for (const row of stored) {
    if (judged.get(row.id)?.digest === row.digest) unchanged.add(row.id);
    else stale.push(row.id);
  }
  for (let i = 0; i < stale.length; i += CHUNK) {
    await tx
      .delete(openObligations)
      .where(and(eq(openObligations.org, org), inArray(openObligations.id, stale.slice(i, i + CHUNK))));
  }
  const fresh = [...judged.values()].filter(({ o }) => !unchanged.has(o.id));
  const alerted = await alertedIds(
    tx,
    fresh.flatMap(({ o }) => [alertId(org, o.id, 'at-risk'), alertId(org, o.id, 'breached')]),
  );
  const rows = fresh.map(({ o, digest }) => ({
    org,
    id: o.id,
    rule: o.rule,
    status: o.status,
    atRiskAt: o.atRiskAt ?? null,
    dueAt: o.dueAt,
    nextTimerAt: nextTimer(o, {
      atRisk: alerted.has(alertId(org, o.id, 'at-risk')),
      breached: alerted.has(alertId(org, o.id, 'breached')),
    }),
    finding: o.finding satisfies Finding,
    digest,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(openObligations).values(rows.slice(i, i + CHUNK));
  return judged.size;
}

/** Everything a row is written from: the same digest means the same row (the timer aside, which `tick` moves). */
function digestOf(o: Obligation): string {
  const said = [o.rule, o.status, o.atRiskAt?.getTime() ?? null, o.dueAt.getTime(), o.finding];
  return createHash('sha256').update(JSON.stringify(said)).digest('base64url');
}

async function alertedIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx
      .select({ id: alerts.id })
      .from(alerts)
      .where(inArray(alerts.id, ids.slice(i, i + CHUNK)));
    for (const r of rows) out.add(r.id);
  }
  return out;
}
