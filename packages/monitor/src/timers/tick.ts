/**
 * Timers: the obligations whose next timer is due by `now` are claimed (`FOR UPDATE SKIP LOCKED`: two
 * processes never take the same one), each judged again by the audit as of its timer's instant (a
 * zero-line resume of the organisation's checkpoint), and an alert raised when the audit says at-risk or
 * breached then. The alert's id is derived, inserted `ON CONFLICT DO NOTHING`, with one outbox row per
 * webhook in the same transaction: a crash and a retry raise nothing twice and lose nothing.
 */
import type { Finding } from '@kefu/rules';
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { stateNow } from '../checkpoint.js';
import { engineOf, type MonitorContext, type Tx } from '../context.js';
import type { Alert, AlertKind, MonitorOrg } from '../contract.js';
import { type Decided, judge, type OrgEngine } from '../engine/judge.js';
import { breachInstant, obligationIdOf } from '../engine/obligations.js';
import { alertId, outboxId } from '../ids.js';
import { alerts, openObligations, outbox } from '../schema.js';
import { judgeDueOrgs } from './refresh.js';

/** Obligations claimed per transaction, and transactions per `tick`: bounded work per call. */
const BATCH = 200;
const MAX_ROUNDS = 50;

export async function tick(ctx: MonitorContext, now: Date): Promise<number> {
  // Obligations opened by batches left unjudged get their timers first (ingest/pacing.ts).
  await judgeDueOrgs(ctx, now);
  let raised = 0;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const step = await ctx.db.transaction((tx) => tickBatch(ctx, tx, now));
    raised += step.raised;
    // A timer handled may have set the next (its breach instant), due by `now` too: go on until none is.
    if (step.claimed === 0) break;
  }
  return raised;
}

type Row = typeof openObligations.$inferSelect;

async function tickBatch(ctx: MonitorContext, tx: Tx, now: Date): Promise<{ claimed: number; raised: number }> {
  const due = await tx
    .select()
    .from(openObligations)
    .where(
      and(
        // Only this process's organisations: another's timers (a shared database) are never claimed and left.
        inArray(openObligations.org, [...ctx.engines.keys()]),
        isNotNull(openObligations.nextTimerAt),
        lte(openObligations.nextTimerAt, now),
      ),
    )
    .orderBy(asc(openObligations.nextTimerAt))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  let raised = 0;
  // One judgement per organisation and instant, shared by the obligations whose timers fall on it.
  const judged = new Map<string, Promise<readonly Decided[]>>();
  for (const row of due) {
    const at = row.nextTimerAt;
    const engine = ctx.engines.get(row.org);
    if (at === null || engine === undefined) continue;
    const key = `${row.org}\u0000${at.getTime()}`;
    let findings = judged.get(key);
    if (findings === undefined) {
      findings = judgeAt(ctx, tx, engine, row.org, at, now);
      judged.set(key, findings);
    }
    const finding = (await findings).find((d) => obligationIdOf(d.finding) === row.id)?.finding;
    const kind = finding === undefined ? undefined : alertKind(finding);
    if (finding !== undefined && kind !== undefined) {
      raised += await raise(tx, engineOf(ctx, row.org).org, row, kind, at, finding, now, engine);
    }
    // After the at-risk instant comes the breach instant; after that, nothing.
    const next = at.getTime() <= row.dueAt.getTime() && kind !== 'breached' ? breachInstant(row.dueAt) : null;
    await tx
      .update(openObligations)
      .set({ nextTimerAt: next, ...(kind !== undefined && { status: kind }) })
      .where(and(eq(openObligations.org, row.org), eq(openObligations.id, row.id)));
  }
  return { claimed: due.length, raised };
}

async function judgeAt(
  ctx: MonitorContext,
  tx: Tx,
  engine: OrgEngine,
  org: string,
  at: Date,
  now: Date,
): Promise<readonly Decided[]> {
  const { state } = await stateNow(ctx, tx, org, now);
  if (state === undefined) return [];
  return (await judge(engine, [], state, at)).provisional;
}

function alertKind(finding: Finding): AlertKind | undefined {
  const status = finding.result.status;
  return status === 'at-risk' || status === 'breached' ? status : undefined;
}

/** Insert the alert (once, by its derived id) and its outbox rows; 1 when it is new, 0 when raised before. */
async function raise(
  tx: Tx,
  org: MonitorOrg,
  row: Row,
  kind: AlertKind,
  at: Date,
  finding: Finding,
  now: Date,
  engine: OrgEngine,
): Promise<number> {
  const id = alertId(row.org, row.id, kind);
  const { time, resolved } = engine.evaluator;
  const atText = time.iso(at.getTime(), resolved.zone);
  const inserted = await tx
    .insert(alerts)
    .values({ id, org: row.org, obligation: row.id, kind, at, finding, createdAt: now })
    .onConflictDoNothing({ target: alerts.id })
    .returning({ seq: alerts.seq });
  const seq = inserted[0]?.seq;
  if (seq === undefined) return 0;
  const alert: Alert = { id, org: row.org, kind, at: atText, seq, finding };
  const body = JSON.stringify(alert);
  for (const hook of org.webhooks) {
    await tx
      .insert(outbox)
      .values({ id: outboxId(id, hook.url), alertId: id, org: row.org, url: hook.url, body, nextAttemptAt: now })
      .onConflictDoNothing({ target: outbox.id });
  }
  return 1;
}
