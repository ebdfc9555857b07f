/**
 * Where an audit's work runs. In the app factory's own process by default, in slices (see
 * audit-slices.ts), which works on every runtime; the Node entry hands the app a runner that audits in a
 * worker thread instead (node/worker-audits.ts), because one step of the library's end-of-log settlement
 * (judging every open case of a family at once) can take seconds and cannot be sliced from outside.
 */
import {
  type AuditInput,
  type AuditOptions,
  type AuditReport,
  type Finding,
  type LedgerEntry,
  type Rejection,
  splitLines,
  streamAudit,
} from '@kefu/rules';
import { type Slicer, slicedItems } from './audit-slices.js';

export interface AuditRunner {
  /**
   * A streamed audit: the body's chunks in, NDJSON out (pieces of whole lines, each ending in a newline, the
   * summary record last; text, or its UTF-8 bytes). Throws `AuditOverBudget` past the budget; stops when `slices` reports an abort.
   */
  ndjson(
    chunks: AsyncIterable<Uint8Array>,
    options: AuditOptions,
    slices: Slicer,
    budgetMs: number,
  ): AsyncGenerator<string | Uint8Array, void, undefined>;
  /** A JSON body's audit: the whole report. */
  report(items: readonly AuditInput[], options: AuditOptions, slices: Slicer, budgetMs: number): Promise<AuditReport>;
}

/** The records, then the summary and ledger as one last record. */
async function* ndjsonRecords(lines: AsyncIterable<AuditInput>, options: AuditOptions) {
  // yield* hands a cancel (return()) down to the audit, which closes its input in turn.
  const end = yield* streamAudit(lines, options);
  yield { type: 'summary' as const, ...end };
}

/** Audit NDJSON chunks into NDJSON lines, passing a checkpoint after each record. */
export async function* ndjsonAudit(
  chunks: AsyncIterable<Uint8Array>,
  options: AuditOptions,
  slices: Slicer,
): AsyncGenerator<string, void, undefined> {
  for await (const record of ndjsonRecords(splitLines(chunks), options)) {
    yield `${JSON.stringify(record)}\n`;
    // The end of the log settles every open month in steps: those steps are slices too.
    await slices.checkpoint();
  }
}

/**
 * `runAudit`, but through `streamAudit` so that the end of the log (every open month settled) passes the
 * slicer's checkpoints too: `runAudit` settles it in one synchronous go.
 */
export async function reportAudit(
  items: readonly AuditInput[],
  options: AuditOptions,
  slices: Slicer,
): Promise<AuditReport> {
  const findings: Finding[] = [];
  const rejected: Rejection[] = [];
  const streamed: LedgerEntry[] = [];
  const records = streamAudit(slicedItems(items, slices), options);
  for (;;) {
    const next = await records.next();
    if (next.done) {
      const { summary, ledger, state } = next.value;
      const report = { summary, findings, rejected, ledger: options.streamLedger === true ? streamed : ledger };
      return state === undefined ? report : { ...report, state };
    }
    const r = next.value;
    if (r.type === 'finding') findings.push(r.finding);
    else if (r.type === 'rejected') rejected.push(r.rejected);
    else if (r.type === 'ledger') streamed.push(r.entry); // (warning records come only with lenientIds)
    await slices.checkpoint();
  }
}

/** In this process, in slices (the slicer carries the budget). */
export const inProcessAudits: AuditRunner = {
  ndjson: (chunks, options, slices) => ndjsonAudit(chunks, options, slices),
  report: (items, options, slices) => reportAudit(items, options, slices),
};
