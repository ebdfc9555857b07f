/**
 * An organisation's audit state as of its row's last line: the one in memory when it is the row's
 * (engine/live.ts), else the saved one with the accepted events since replayed from `events`, batch by
 * batch as they were read (each with its `now`, `received_at`). A batch that rejects a line always saves
 * the state, so the lines after a saved state are events stored on consecutive lines: the replay reads
 * exactly what the audit read. What the replay decides was written with those events (one transaction):
 * it is not written again, only the state is rebuilt.
 */
import type { AuditState } from '@kefu/rules';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { engineOf, type MonitorContext, type OrgStateRow, type Q, rowOf, type Tx } from './context.js';
import { judge, type OrgEngine } from './engine/judge.js';
import type { Held } from './engine/live.js';
import { events, orgState } from './schema.js';

/** Events read per query while replaying: memory bounded however far the saved state is behind. */
const REPLAY_CHUNK = 5000;

export interface Current {
  readonly row: OrgStateRow;
  readonly held: Held;
}

/** The organisation's row (locked with `lock`, created if missing) and its state as of the row's lines. */
export async function currentState(ctx: MonitorContext, q: Q, org: string, now: Date, lock: boolean): Promise<Current> {
  const row = await rowOf(q, org, now, lock);
  const held = ctx.live?.get(org, row.epoch, row.lines);
  if (held !== undefined) return { row, held };
  // Read again with the state: without the lock the row may have moved since, and the state is taken as it is now.
  const [saved] = await q
    .select({ state: orgState.state, stateLines: orgState.stateLines, lines: orgState.lines, epoch: orgState.epoch })
    .from(orgState)
    .where(eq(orgState.org, org));
  if (saved === undefined)
    return { row, held: { epoch: row.epoch, lines: 0, state: undefined, savedLines: 0, savedAt: now.getTime() } };
  let state = saved.state == null ? undefined : (JSON.parse(saved.state) as AuditState);
  if (saved.stateLines < saved.lines) {
    state = await replay(engineOf(ctx, org), q, org, state, saved.stateLines, saved.lines);
  }
  const loaded: Held = {
    epoch: saved.epoch,
    lines: saved.lines,
    state,
    savedLines: saved.stateLines,
    savedAt: now.getTime(),
  };
  ctx.live?.set(org, loaded);
  return { row: { ...row, lines: saved.lines, epoch: saved.epoch }, held: loaded };
}

/** Read the events on lines `from + 1 … to` again from `state` (which covers `from` lines). */
async function replay(
  engine: OrgEngine,
  q: Q,
  org: string,
  from: AuditState | undefined,
  fromLine: number,
  toLine: number,
): Promise<AuditState | undefined> {
  let state = from;
  let line = fromLine;
  while (line < toLine) {
    const rows = await q
      .select({ line: events.line, raw: events.raw, receivedAt: events.receivedAt })
      .from(events)
      .where(and(eq(events.org, org), gt(events.line, line), lte(events.line, Math.min(toLine, line + REPLAY_CHUNK))))
      .orderBy(asc(events.line));
    if (rows.length === 0) throw gap(org, line + 1);
    // One resume per batch as it was ingested (same `received_at`): read with the `now` it was read with.
    for (let i = 0; i < rows.length; ) {
      const receivedAt = rows[i]?.receivedAt;
      const batch: object[] = [];
      for (; i < rows.length && rows[i]?.receivedAt.getTime() === receivedAt?.getTime(); i += 1) {
        const r = rows[i];
        if (r === undefined) break;
        if (r.line !== line + 1) throw gap(org, line + 1);
        batch.push(JSON.parse(r.raw) as object);
        line = r.line;
      }
      if (receivedAt === undefined) break;
      state = (await judge(engine, batch, state, receivedAt, false)).state;
    }
  }
  return state;
}

function gap(org: string, line: number): Error {
  return new Error(
    `organisation ${JSON.stringify(org)}: no stored event on line ${line} after its saved state (the state is saved whenever a line is rejected, so this should not happen)`,
  );
}

/** Save `held`'s state as the row's (the caller holds the row's lock and checked it is the row's). */
export async function saveState(tx: Tx, org: string, held: Held): Promise<void> {
  await tx
    .update(orgState)
    .set({ state: held.state === undefined ? null : JSON.stringify(held.state), stateLines: held.lines })
    .where(eq(orgState.org, org));
}

/** At shutdown: save every state in memory ahead of the saved one (a restart then replays nothing). */
export async function saveLive(ctx: MonitorContext): Promise<void> {
  for (const [org, held] of ctx.live?.unsaved() ?? []) {
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ epoch: orgState.epoch, lines: orgState.lines })
        .from(orgState)
        .where(eq(orgState.org, org))
        .for('update');
      // Another process ingested since: the row is past this state, and its own process saves it.
      if (row?.epoch !== held.epoch || row.lines !== held.lines) return;
      await saveState(tx, org, held);
    });
  }
}
