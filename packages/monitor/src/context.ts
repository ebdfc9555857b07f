/** What every part of the monitor shares: the database, each organisation's engine, the limits. */
import type { AuditState } from '@kefu/rules';
import { and, eq, inArray } from 'drizzle-orm';
import type { MonitorOrg } from './contract.js';
import { type OrgEngine, orgEngine } from './engine/judge.js';
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
}

export function contextOf(
  db: MonitorDb,
  orgs: readonly MonitorOrg[],
  limits: IngestLimits,
  judgeEveryMs: number,
): MonitorContext {
  const engines = new Map<string, OrgEngine>();
  for (const org of orgs) engines.set(org.id, orgEngine(org));
  return { db, engines, limits, judgeEveryMs };
}

export function engineOf(ctx: MonitorContext, org: string): OrgEngine {
  const engine = ctx.engines.get(org);
  if (engine === undefined) throw new MonitorError('unknown-org', `there is no organisation ${JSON.stringify(org)}`);
  return engine;
}

export interface OrgStateRow extends Judged {
  readonly state: AuditState | undefined;
}

/**
 * The organisation's checkpoint, lines read and last judgement; `lock` takes its row lock (serialising its
 * ingestions and judgements).
 */
export async function stateOf(q: Q, org: string, now: Date, lock: boolean): Promise<OrgStateRow> {
  if (lock) await q.insert(orgState).values({ org, lines: 0, updatedAt: now }).onConflictDoNothing();
  const query = q.select().from(orgState).where(eq(orgState.org, org));
  const [row] = lock ? await query.for('update') : await query;
  const state = row?.state == null ? undefined : (JSON.parse(row.state) as AuditState);
  return {
    state,
    lines: row?.lines ?? 0,
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
