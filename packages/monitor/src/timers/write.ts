/**
 * The open obligations after an ingestion: the organisation's set replaced by the end-of-log judgement's,
 * each with its next timer (skipping what was alerted already, so a restart or a re-judged obligation
 * never alerts twice). Deleting first waits for a `tick` holding some of these rows, so the alerts it
 * raised are seen here.
 */
import type { Finding } from '@kefu/rules';
import { eq, inArray } from 'drizzle-orm';
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
): Promise<void> {
  await tx.delete(openObligations).where(eq(openObligations.org, org));
  const byId = new Map<string, Obligation>();
  for (const { finding } of provisional) {
    const o = obligationOf(finding, engine);
    if (o !== undefined && !byId.has(o.id)) byId.set(o.id, o);
  }
  const list = [...byId.values()];
  const alerted = await alertedIds(
    tx,
    list.flatMap((o) => [alertId(org, o.id, 'at-risk'), alertId(org, o.id, 'breached')]),
  );
  const rows = list.map((o) => ({
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
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(openObligations).values(rows.slice(i, i + CHUNK));
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
