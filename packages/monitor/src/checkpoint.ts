/**
 * An organisation's audit state as of its row's last line: the one in memory when it is the row's
 * (engine/live.ts), else the saved one with the accepted events since replayed from `events`, batch by
 * batch as they were read (each with its `now`, `received_at`). A batch that rejects a line always saves
 * the state, so the lines after a saved state are events stored on consecutive lines: the replay reads
 * exactly what the audit read. What the replay decides was written with those events (one transaction):
 * it is not written again, only the state is rebuilt.
 */
import type { AuditState, LiveAudit } from '@kefu/rules';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { engineOf, type MonitorContext, type OrgStateRow, type Q, rowOf, type Tx } from './context.js';
import { type OrgEngine, openLive } from './engine/judge.js';
import { type Held, snapshotOf } from './engine/live.js';
import { events, orgState } from './schema.js';

/** Events read per query while replaying: memory bounded however far the saved state is behind. */
const REPLAY_CHUNK = 5000;

export interface Current {
  readonly row: OrgStateRow;
  readonly held: Held;
}

/** The organisation's row (locked with `lock`, created if missing) and its audit as of the row's lines. */
export async function currentState(ctx: MonitorContext, q: Q, org: string, now: Date, lock: boolean): Promise<Current> {
  const row = await rowOf(q, org, now, lock);
  const held = ctx.live?.get(org, row.epoch, row.lines);
  if (held !== undefined) return { row, held };
  return load(ctx, q, org, row, now, true);
}

/**
 * For a reader (timers, a month's report): the organisation's state as of its row's lines. When an
 * ingestion of this process is reading into the audit in memory (not committed yet), the state is the
 * store's, caught up by replay.
 */
export async function stateNow(
  ctx: MonitorContext,
  q: Q,
  org: string,
  now: Date,
): Promise<{ readonly row: OrgStateRow; readonly state: AuditState | undefined }> {
  const current = await currentState(ctx, q, org, now, false);
  const snapshot = ctx.live?.snapshot(current.held) ?? snapshotOf(current.held);
  if (snapshot !== 'moved') return { row: current.row, state: snapshot.state };
  const loaded = await load(ctx, q, org, current.row, now, false);
  const again = snapshotOf(loaded.held);
  if (again === 'moved') throw new Error(`organisation ${JSON.stringify(org)}: a replayed audit moved on`);
  return { row: loaded.row, state: again.state };
}

/** The open audit of `held` (its state opened when only the state is in memory). */
export function auditOf(engine: OrgEngine, held: Held, now: Date): LiveAudit {
  return held.audit ?? openLive(engine, held.state, now);
}

/** The saved state, caught up by replay; kept in memory with `keep`. */
async function load(
  ctx: MonitorContext,
  q: Q,
  org: string,
  row: OrgStateRow,
  now: Date,
  keep: boolean,
): Promise<Current> {
  // Read again with the state: without the lock the row may have moved since, and the state is taken as it is now.
  const [saved] = await q
    .select({ state: orgState.state, stateLines: orgState.stateLines, lines: orgState.lines, epoch: orgState.epoch })
    .from(orgState)
    .where(eq(orgState.org, org));
  const savedAt = now.getTime();
  if (saved === undefined) return { row, held: { epoch: row.epoch, lines: 0, savedLines: 0, savedAt } };
  const state = saved.state == null ? undefined : (JSON.parse(saved.state) as AuditState);
  const base = { epoch: saved.epoch, lines: saved.lines, savedLines: saved.stateLines, savedAt };
  let held: Held;
  if (saved.stateLines < saved.lines) {
    const audit = await replay(engineOf(ctx, org), q, org, state, saved.stateLines, saved.lines);
    held = { ...base, audit };
  } else held = state === undefined ? base : { ...base, state };
  if (keep) ctx.live?.set(org, held);
  return { row: { ...row, lines: saved.lines, epoch: saved.epoch }, held };
}

/** Read the events on lines `fromLine + 1 … toLine` again into an audit opened from `from` (at `fromLine`). */
async function replay(
  engine: OrgEngine,
  q: Q,
  org: string,
  from: AuditState | undefined,
  fromLine: number,
  toLine: number,
): Promise<LiveAudit> {
  let audit: LiveAudit | undefined;
  let line = fromLine;
  while (line < toLine) {
    const rows = await q
      .select({ line: events.line, raw: events.raw, receivedAt: events.receivedAt })
      .from(events)
      .where(and(eq(events.org, org), gt(events.line, line), lte(events.line, Math.min(toLine, line + REPLAY_CHUNK))))
      .orderBy(asc(events.line));
    if (rows.length === 0) throw gap(org, line + 1);
    // Batch by batch as ingested (the same `received_at`): each read as of the `now` it was read with.
    let i = 0;
    while (i < rows.length) {
      const receivedAt = rows[i]?.receivedAt ?? new Date(0);
      const batch: object[] = [];
      for (let r = rows[i]; r !== undefined && r.receivedAt.getTime() === receivedAt.getTime(); r = rows[++i]) {
        if (r.line !== line + 1) throw gap(org, line + 1);
        batch.push(JSON.parse(r.raw) as object);
        line = r.line;
      }
      audit ??= openLive(engine, from, receivedAt);
      // What these lines decided was written with them: only the audit is rebuilt.
      audit.read(batch, receivedAt.toISOString());
    }
  }
  if (audit === undefined || audit.lines !== toLine) throw gap(org, (audit?.lines ?? fromLine) + 1);
  return audit;
}

function gap(org: string, line: number): Error {
  return new Error(
    `organisation ${JSON.stringify(org)}: no stored event on line ${line} after its saved state (the state is saved whenever a line is rejected, so this should not happen)`,
  );
}

/** Save `state` as the row's at `lines` (the caller holds the row's lock and checked it is the row's). */
export async function saveState(tx: Tx, org: string, state: AuditState | undefined, lines: number): Promise<void> {
  await tx
    .update(orgState)
    .set({ state: state === undefined ? null : JSON.stringify(state), stateLines: lines })
    .where(eq(orgState.org, org));
}

/** At shutdown: save every state in memory ahead of the saved one (a restart then replays nothing). */
export async function saveLive(ctx: MonitorContext): Promise<void> {
  const live = ctx.live;
  if (live === undefined) return;
  for (const [org, held] of live.unsaved()) {
    const snapshot = live.snapshot(held);
    if (snapshot === 'moved') continue;
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ epoch: orgState.epoch, lines: orgState.lines })
        .from(orgState)
        .where(eq(orgState.org, org))
        .for('update');
      // Another process ingested since: the row is past this state, and its own process saves it.
      if (row?.epoch !== held.epoch || row.lines !== held.lines) return;
      await saveState(tx, org, snapshot.state, held.lines);
    });
  }
}
