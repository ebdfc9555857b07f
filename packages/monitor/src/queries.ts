/** Reads: open obligations by due time, alerts after a cursor, the next timer. */
import type { Finding } from '@kefu/rules';
import { and, asc, eq, gt, inArray, max, min } from 'drizzle-orm';
import { engineOf, type MonitorContext } from './context.js';
import type { Alert, AlertKind, OpenObligation } from './contract.js';
import { dueOf } from './engine/obligations.js';
import { alerts, openObligations } from './schema.js';
import { judgeBeforeReading } from './timers/refresh.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

export async function openObligationsOf(
  ctx: MonitorContext,
  org: string,
  options: { readonly limit?: number } = {},
): Promise<OpenObligation[]> {
  const engine = engineOf(ctx, org);
  const { time, resolved } = engine.evaluator;
  // What was read and not judged yet (ingest/pacing.ts) is judged first: a read sees every batch accepted.
  await judgeBeforeReading(ctx, org);
  const rows = await ctx.db
    .select()
    .from(openObligations)
    .where(and(eq(openObligations.org, org), inArray(openObligations.status, ['pending', 'at-risk'])))
    .orderBy(asc(openObligations.dueAt), asc(openObligations.id))
    .limit(limitOf(options.limit));
  return rows.map((row) => {
    const finding = row.finding as Finding;
    const status = row.status === 'at-risk' ? 'at-risk' : 'pending';
    return {
      id: row.id,
      org,
      ruleId: row.rule,
      status,
      ...(status === 'pending' &&
        row.atRiskAt !== null && { atRiskAt: time.iso(row.atRiskAt.getTime(), resolved.zone) }),
      dueAt: dueOf(finding) ?? time.iso(row.dueAt.getTime(), resolved.zone),
      finding,
    };
  });
}

export async function alertsOf(
  ctx: MonitorContext,
  org: string,
  options: { readonly after?: number; readonly limit?: number } = {},
): Promise<Alert[]> {
  const engine = engineOf(ctx, org);
  const { time, resolved } = engine.evaluator;
  const rows = await ctx.db
    .select()
    .from(alerts)
    .where(and(eq(alerts.org, org), gt(alerts.seq, options.after ?? 0)))
    .orderBy(asc(alerts.seq))
    .limit(limitOf(options.limit));
  return rows.map((row) => ({
    id: row.id,
    org,
    kind: row.kind as AlertKind,
    at: time.iso(row.at.getTime(), resolved.zone),
    seq: row.seq,
    finding: row.finding as Finding,
  }));
}

/** The organisation's latest alert seq, 0 when it has none (the index on `(org, seq)` answers it). */
export async function lastAlertSeq(ctx: MonitorContext, org: string): Promise<number> {
  engineOf(ctx, org);
  const [row] = await ctx.db
    .select({ seq: max(alerts.seq) })
    .from(alerts)
    .where(eq(alerts.org, org));
  return row?.seq ?? 0;
}

/** The earliest timer not yet fired (of one organisation, or of all): the API's loop sleeps until then. */
export async function nextTimerAt(ctx: MonitorContext, org?: string): Promise<Date | undefined> {
  const [row] = await ctx.db
    .select({ at: min(openObligations.nextTimerAt) })
    .from(openObligations)
    .where(org === undefined ? undefined : eq(openObligations.org, org));
  return row?.at ?? undefined;
}
