/**
 * Judging the open obligations again when lines were read since the last judgement (ingest/pacing.ts says
 * when an ingestion leaves it for later). Under the organisation's row lock, as an ingestion: the
 * checkpoint judged with no lines as of `asOf`, the obligations written by difference, the judgement noted.
 */

import type { AuditState } from '@kefu/rules';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { stateNow } from '../checkpoint.js';
import { engineOf, type MonitorContext, type OrgStateRow, type Tx } from '../context.js';
import { judge } from '../engine/judge.js';
import { tickJudges } from '../ingest/pacing.js';
import { orgState } from '../schema.js';
import { writeObligations } from './write.js';

/** Judge `row`'s state as of `asOf` and write the obligations (the row's lock is held by the caller). */
async function judgeObligations(
  ctx: MonitorContext,
  tx: Tx,
  org: string,
  { row, state }: { readonly row: OrgStateRow; readonly state: AuditState | undefined },
  asOf: Date,
): Promise<void> {
  const engine = engineOf(ctx, org);
  const provisional = state === undefined ? [] : (await judge(engine, [], state, asOf)).provisional;
  const openCount = await writeObligations(tx, org, engine, provisional);
  await tx.update(orgState).set({ judgedLines: row.lines, judgedAt: asOf, openCount }).where(eq(orgState.org, org));
}

/**
 * Before the open obligations are read: judge them if any line is unjudged, as of the last ingestion's
 * `now` (what judging at that ingestion would have said), waiting for an ingestion in flight.
 */
export async function judgeBeforeReading(ctx: MonitorContext, org: string): Promise<void> {
  const [stale] = await ctx.db
    .select({ org: orgState.org })
    .from(orgState)
    .where(and(eq(orgState.org, org), gt(orgState.lines, orgState.judgedLines)));
  if (stale === undefined) return;
  await ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ updatedAt: orgState.updatedAt })
      .from(orgState)
      .where(eq(orgState.org, org))
      .for('update');
    if (locked === undefined) return;
    const current = await stateNow(ctx, tx, org, locked.updatedAt);
    const { row } = current;
    if (row.judgedLines < row.lines) await judgeObligations(ctx, tx, org, current, locked.updatedAt);
  });
}

/**
 * In `tick`: the organisations of this process with unjudged lines whose judgement is due at `now`
 * (`judgeEveryMs` since the last), each judged as of its last ingestion's `now`, as that ingestion would
 * have judged it: an obligation already past its at-risk instant then is still at-risk, not breached, and
 * its at-risk alert is raised as it would have been. An organisation whose row is locked (an ingestion in
 * flight, or another process judging it) is skipped: that one is judging, or will be asked again.
 */
export async function judgeDueOrgs(ctx: MonitorContext, now: Date): Promise<void> {
  const orgs = [...ctx.engines.keys()];
  if (orgs.length === 0) return;
  const stale = await ctx.db
    .select({ org: orgState.org })
    .from(orgState)
    .where(and(inArray(orgState.org, orgs), sql`${orgState.lines} > ${orgState.judgedLines}`));
  for (const { org } of stale) {
    await ctx.db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ updatedAt: orgState.updatedAt })
        .from(orgState)
        .where(eq(orgState.org, org))
        .for('update', { skipLocked: true });
      if (locked === undefined) return;
      const current = await stateNow(ctx, tx, org, now);
      if (tickJudges(current.row, now, ctx.judgeEveryMs)) {
        await judgeObligations(ctx, tx, org, current, locked.updatedAt);
      }
    });
  }
}
