/** What every part of the monitor shares: the database, each organisation's engine, the limits. */
import { and, eq, inArray } from 'drizzle-orm';
import type { MonitorOrg } from './contract.js';
import { type OrgEngine, orgEngine } from './engine/judge.js';
import { type LiveSettings, LiveStates } from './engine/live.js';
import { MonitorError } from './errors.js';
import type { Judged } from './ingest/pacing.js';
import type { IngestLimits } from './ingest/parse.js';
import { events, orgState } from './schema.js';
import type { MonitorDb } from './store.js';

export type Tx = Parameters<Parameters<MonitorDb['transaction']>[0]>[0];
/** The database or a transaction: every query below runs on either. */
export type Q = MonitorDb | Tx;

export interface MonitorContext {
  readonly db: MonitorDb;
  readonly engines: ReadonlyMap<string, OrgEngine>;
  readonly limits: IngestLimits;
  /** How stale the open obligations may grow while events keep coming (ingest/pacing.ts). */
  readonly judgeEveryMs: number;
  /** The states kept in memory between batches (engine/live.ts); undefined: read and saved every batch. */
  readonly live: LiveStates | undefined;
}

export function contextOf(
  db: MonitorDb,
  orgs: readonly MonitorOrg[],
  limits: IngestLimits,
  judgeEveryMs: number,
  live: LiveSettings | false,
): MonitorContext {
  const engines = new Map<string, OrgEngine>();
  for (const org of orgs) engines.set(org.id, orgEngine(org));
  return { db, engines, limits, judgeEveryMs, live: live === false ? undefined : new LiveStates(live) };
}

export function engineOf(ctx: MonitorContext, org: string): OrgEngine {
  const engine = ctx.engines.get(org);
  if (engine === undefined) throw new MonitorError('unknown-org', `there is no organisation ${JSON.stringify(org)}`);
  return engine;
}

export interface OrgStateRow extends Judged {
  /** Drawn when the row was created (see schema.ts): a state in memory is the row's only for the same epoch. */
  readonly epoch: string;
  /** The lines the saved state covers (the live audit saves it every so often: engine/live.ts). */
  readonly stateLines: number;
}

/**
 * The organisation's lines read, saved state's lines and last judgement, without the state itself (its
 * state: checkpoint.ts); `lock` creates the row if missing and takes its lock (serialising its ingestions
 * and judgements).
 */
export async function rowOf(q: Q, org: string, now: Date, lock: boolean): Promise<OrgStateRow> {
  if (lock) await q.insert(orgState).values({ org, lines: 0, updatedAt: now }).onConflictDoNothing();
  const query = q
    .select({
      epoch: orgState.epoch,
      lines: orgState.lines,
      stateLines: orgState.stateLines,
      judgedLines: orgState.judgedLines,
      judgedAt: orgState.judgedAt,
      openCount: orgState.openCount,
    })
    .from(orgState)
    .where(eq(orgState.org, org));
  const [row] = lock ? await query.for('update') : await query;
  return {
    epoch: row?.epoch ?? '',
    lines: row?.lines ?? 0,
    stateLines: row?.stateLines ?? 0,
    judgedLines: row?.judgedLines ?? 0,
    judgedAt: row?.judgedAt ?? null,
    openCount: row?.openCount ?? 0,
  };
}

/** The instants (`at`) of the organisation's events on these lines. */
export async function instantsOfLines(q: Q, org: string, lines: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = await q
      .select({ line: events.line, at: events.at })
      .from(events)
      .where(and(eq(events.org, org), inArray(events.line, lines.slice(i, i + CHUNK))));
    for (const r of rows) out.set(r.line, r.at);
  }
  return out;
}

/** Rows or parameters per statement: well under PostgreSQL's 65 535 parameters. */
export const CHUNK = 1000;
