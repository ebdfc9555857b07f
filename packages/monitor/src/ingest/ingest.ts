/**
 * One ingestion, one transaction: the organisation's state row locked (`FOR UPDATE`: its ingestions run one
 * at a time, across processes), duplicates set aside by id, the rest read by the audit resumed from the
 * organisation's state (in memory when it is the row's: engine/live.ts; else the saved one caught up by
 * replay: checkpoint.ts), then the accepted events, the decided findings, the settled months' ledgers, the
 * line count (and the state itself when a save is due) and the open obligations with their timers written
 * together. A crash before the commit leaves nothing of the batch; after it, everything (the state, if not
 * saved, is rebuilt from the events the commit stored).
 */

import type { LiveAudit } from '@kefu/rules';
import { and, eq, inArray } from 'drizzle-orm';
import { auditOf, currentState } from '../checkpoint.js';
import { CHUNK, engineOf, instantsOfLines, type MonitorContext, type Tx } from '../context.js';
import type { EarlierRejection, IngestResult, LineFate } from '../contract.js';
import { judge, type OrgEngine, type Reading, readLive } from '../engine/judge.js';
import type { Held } from '../engine/live.js';
import { linesNeeded, monthOfFinding } from '../engine/months.js';
import { MonitorError } from '../errors.js';
import { events, findings, months, orgState } from '../schema.js';
import { writeObligations } from '../timers/write.js';
import { ingestionJudges } from './pacing.js';
import { IngestLimitError, type ParsedItem, parseBody } from './parse.js';

export async function ingest(ctx: MonitorContext, org: string, input: string, now: Date): Promise<IngestResult> {
  const engine = engineOf(ctx, org);
  let parsed: ReturnType<typeof parseBody>;
  try {
    parsed = parseBody(input, ctx.limits);
  } catch (e) {
    if (e instanceof IngestLimitError) throw new MonitorError(e.code, e.message);
    throw e;
  }
  // The audit this ingestion reads into: forgotten if the transaction does not commit (it is not the row's).
  let reading: LiveAudit | undefined;
  try {
    const done = await ctx.db.transaction(async (tx) => {
      const { row, held } = await currentState(ctx, tx, org, now, true);
      const linesBefore = row.lines;
      const fates: LineFate[] = [...parsed.fates];
      const fed = await setAsideDuplicates(tx, org, parsed.items, fates);
      if (fed.length === 0) return { result: result(fates, 0, []), held };
      const audit = auditOf(engine, held, now);
      reading = audit;
      const read = readLive(
        audit,
        fed.map((item) => item.event),
        now,
      );
      const lines = audit.lines;
      const rejected = new Map(read.rejected.map((r) => [r.line, r]));
      const accepted: (typeof events.$inferInsert)[] = [];
      fed.forEach((item, k) => {
        const line = linesBefore + k + 1;
        const rejection = rejected.get(line);
        if (rejection === undefined) {
          fates.push({ line: item.line, id: item.id, fate: 'accepted' });
          accepted.push({ org, id: item.id, line, at: String(item.event.at), receivedAt: now, raw: item.raw });
        } else {
          const code = rejection.code ?? 'invalid-event';
          fates.push({ line: item.line, id: item.id, fate: 'rejected', code, reason: rejection.reason });
        }
      });
      for (let i = 0; i < accepted.length; i += CHUNK) await tx.insert(events).values(accepted.slice(i, i + CHUNK));
      const earlier = await earlierRejections(tx, org, read, linesBefore);
      await writeDecided(tx, org, engine, read, new Map(accepted.map((e) => [e.line, e.at])));
      // The pass over every open case is made when it is due (pacing.ts), else left to the next tick or read.
      const judgeOpen = ingestionJudges({ ...row, lines });
      // A rejected line is not in `events`: the state is saved past it, so that a replay never meets a gap.
      const save =
        ctx.live === undefined ||
        accepted.length < fed.length ||
        ctx.live.saveDue({ lines, savedLines: held.savedLines, savedAt: held.savedAt }, now.getTime());
      const state = judgeOpen || save ? audit.checkpoint() : undefined;
      let openCount: number | undefined;
      if (judgeOpen && state !== undefined) {
        // The end-of-log judgement as of `now`, from the state after the batch (the open audit goes on reading).
        const { provisional } = await judge(engine, [], state, now);
        openCount = await writeObligations(tx, org, engine, provisional);
      }
      await tx
        .update(orgState)
        .set({
          lines,
          updatedAt: now,
          ...(save && { state: JSON.stringify(state), stateLines: lines }),
          ...(openCount !== undefined && { judgedLines: lines, judgedAt: now, openCount }),
        })
        .where(eq(orgState.org, org));
      const after: Held = {
        epoch: row.epoch,
        lines,
        audit,
        ...(state !== undefined && { state }),
        savedLines: save ? lines : held.savedLines,
        savedAt: save ? now.getTime() : held.savedAt,
      };
      return { result: result(fates, read.decided.length, read.warnings, earlier), held: after };
    });
    // Committed: the audit in memory is now the row's.
    ctx.live?.set(org, done.held);
    return done.result;
  } catch (e) {
    if (reading !== undefined) ctx.live?.forget(org, reading);
    throw e;
  }
}

/**
 * Lines of earlier batches the audit rejected while reading this one (a follow-up of a settled case is
 * known to be late only when its case is swept), with their event ids: said, never lost in silence.
 */
async function earlierRejections(
  tx: Tx,
  org: string,
  judged: Reading,
  linesBefore: number,
): Promise<EarlierRejection[]> {
  const earlier = judged.rejected.filter((r) => r.line >= 1 && r.line <= linesBefore);
  if (earlier.length === 0) return [];
  const rows = await tx
    .select({ id: events.id, line: events.line })
    .from(events)
    .where(
      and(
        eq(events.org, org),
        inArray(
          events.line,
          earlier.map((r) => r.line),
        ),
      ),
    );
  const idOf = new Map(rows.map((r) => [r.line, r.id]));
  return earlier.map((r) => ({
    line: r.line,
    id: idOf.get(r.line) ?? '',
    code: r.code ?? 'invalid-event',
    reason: r.reason,
  }));
}

/** Events whose id is stored already, or came earlier in this body, are duplicates: not read again. */
async function setAsideDuplicates(
  tx: Tx,
  org: string,
  items: readonly ParsedItem[],
  fates: LineFate[],
): Promise<ParsedItem[]> {
  const ids = [...new Set(items.map((i) => i.id))];
  const stored = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.org, org), inArray(events.id, ids.slice(i, i + CHUNK))));
    for (const r of rows) stored.add(r.id);
  }
  const fed: ParsedItem[] = [];
  for (const item of items) {
    if (stored.has(item.id)) fates.push({ line: item.line, id: item.id, fate: 'duplicate' });
    else {
      stored.add(item.id);
      fed.push(item);
    }
  }
  return fed;
}

/** The findings decided while reading, and the ledgers of the months the horizon settled: final. */
async function writeDecided(
  tx: Tx,
  org: string,
  engine: OrgEngine,
  judged: Reading,
  batch: ReadonlyMap<number, string>,
): Promise<void> {
  // Most findings are decided on a line of this batch; only the others' instants are looked up.
  const needed = linesNeeded(judged.decided.map((d) => d.finding)).filter((line) => !batch.has(line));
  const atOfLine = new Map([...batch, ...(await instantsOfLines(tx, org, needed))]);
  const rows = judged.decided.map(({ finding, closingMonth }) => ({
    org,
    month: monthOfFinding(finding, closingMonth, atOfLine, engine),
    rule: finding.result.ruleId,
    key: finding.key ?? null,
    employee: finding.employee ?? null,
    line: finding.lines.length === 0 ? 0 : Math.max(...finding.lines),
    finding,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(findings).values(rows.slice(i, i + CHUNK));
  const byMonth = new Map<string, unknown[]>();
  for (const entry of judged.settledLedger) {
    const list = byMonth.get(entry.month) ?? [];
    list.push(entry);
    byMonth.set(entry.month, list);
  }
  for (const [month, ledger] of byMonth) {
    await tx
      .insert(months)
      .values({ org, month, ledger })
      .onConflictDoUpdate({ target: [months.org, months.month], set: { ledger } });
  }
}

function result(
  fates: LineFate[],
  decided: number,
  warnings: IngestResult['warnings'],
  earlier: readonly EarlierRejection[] = [],
): IngestResult {
  fates.sort((a, b) => a.line - b.line);
  let accepted = 0;
  let duplicates = 0;
  let rejected = 0;
  for (const f of fates) {
    if (f.fate === 'accepted') accepted += 1;
    else if (f.fate === 'duplicate') duplicates += 1;
    else rejected += 1;
  }
  return {
    accepted,
    duplicates,
    rejected,
    lines: fates,
    findings: decided,
    ...(earlier.length > 0 && { earlierRejected: earlier }),
    ...(warnings !== undefined && warnings.length > 0 && { warnings }),
  };
}
