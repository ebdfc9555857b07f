/**
 * A month's documents, the same as `kefu audit --json` gives for the same events: the findings decided
 * for it (stored as they were decided) and what is still open judged as of `now` (a zero-line resume
 * of the checkpoint); its ledger as the horizon settled it, else as of `now`. `closeMonth` writes the
 * month's findings, ledger and the checkpoint they came from, and answers from them after.
 */
import type { Finding, LedgerEntry } from '@kefu/rules';
import { and, asc, eq } from 'drizzle-orm';
import { saveState, stateNow } from './checkpoint.js';
import { engineOf, instantsOfLines, type MonitorContext, type Q, rowOf } from './context.js';
import type { MonthReport } from './contract.js';
import { judge } from './engine/judge.js';
import { linesNeeded, localMonth, MONTH, monthOfFinding } from './engine/months.js';
import { MonitorError } from './errors.js';
import { findings, months } from './schema.js';

export async function monthReport(ctx: MonitorContext, org: string, month: string, now: Date): Promise<MonthReport> {
  checkMonth(month);
  engineOf(ctx, org);
  const closed = await closedReport(ctx.db, org, month);
  if (closed !== undefined) return closed;
  return { ...(await currentReport(ctx, ctx.db, org, month, now)), closed: false };
}

export async function closeMonth(ctx: MonitorContext, org: string, month: string, now: Date): Promise<MonthReport> {
  checkMonth(month);
  const engine = engineOf(ctx, org);
  const current = localMonth(now.toISOString(), engine) ?? '';
  if (month >= current) {
    throw new MonitorError(
      'month-not-ended',
      `${month} has not ended yet at ${now.toISOString()}: close it once it has`,
    );
  }
  return ctx.db.transaction(async (tx) => {
    // The organisation's lock: no ingestion moves the state while the month is written from it.
    await rowOf(tx, org, now, true);
    const { row, state } = await stateNow(ctx, tx, org, now);
    const closed = await closedReport(tx, org, month);
    if (closed !== undefined) return closed;
    // The organisation's own state is saved too at a month's close (engine/live.ts).
    if (row.stateLines < row.lines) await saveState(tx, org, state, row.lines);
    const report = await currentReport(ctx, tx, org, month, now);
    await tx
      .insert(months)
      .values({
        org,
        month,
        closedAt: now,
        checkpoint: state === undefined ? null : JSON.stringify(state),
        closedFindings: report.findings,
        closedLedger: report.ledger,
      })
      .onConflictDoUpdate({
        target: [months.org, months.month],
        set: {
          closedAt: now,
          checkpoint: state === undefined ? null : JSON.stringify(state),
          closedFindings: report.findings,
          closedLedger: report.ledger,
        },
      });
    return { ...report, closed: true };
  });
}

function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw new MonitorError('invalid-month', `${JSON.stringify(month)} is not a month (YYYY-MM)`);
}

async function closedReport(q: Q, org: string, month: string): Promise<MonthReport | undefined> {
  const [row] = await q
    .select()
    .from(months)
    .where(and(eq(months.org, org), eq(months.month, month)));
  if (row?.closedAt == null) return undefined;
  return {
    month,
    findings: (row.closedFindings ?? []) as Finding[],
    ledger: (row.closedLedger ?? []) as LedgerEntry[],
    closed: true,
  };
}

async function currentReport(
  ctx: MonitorContext,
  q: Q,
  org: string,
  month: string,
  now: Date,
): Promise<Omit<MonthReport, 'closed'>> {
  const engine = engineOf(ctx, org);
  const decided = await q
    .select({ finding: findings.finding })
    .from(findings)
    .where(and(eq(findings.org, org), eq(findings.month, month)))
    .orderBy(asc(findings.seq));
  const { state } = await stateNow(ctx, q, org, now);
  const open = state === undefined ? undefined : await judge(engine, [], state, now);
  const provisional = open?.provisional ?? [];
  const atOfLine = await instantsOfLines(q, org, linesNeeded(provisional.map((d) => d.finding)));
  const stillOpen = provisional
    .filter((d) => monthOfFinding(d.finding, d.closingMonth, atOfLine, engine) === month)
    .map((d) => d.finding);
  const [settled] = await q
    .select({ ledger: months.ledger })
    .from(months)
    .where(and(eq(months.org, org), eq(months.month, month)));
  const ledger =
    (settled?.ledger as LedgerEntry[] | null | undefined) ??
    (open?.provisionalLedger ?? []).filter((e) => e.month === month);
  return { month, findings: [...decided.map((r) => r.finding as Finding), ...stillOpen], ledger };
}
