/**
 * The engine bridge: one call of the audit's own `streamAudit`, resumed from the organisation's checkpoint.
 * What it decides while reading lines is final (a reply decides the complaint's rule on its line; the
 * `maxDelay` horizon settles what it has passed); what it judges at the end of the log, as of `asOf`, is
 * provisional (still-open obligations: pending, at-risk, breached as of then). The checkpoint is taken
 * before that judgement, so the next batch resumes with everything still open.
 */
import {
  type AuditRecord,
  type AuditState,
  type AuditWarning,
  type Finding,
  type LedgerEntry,
  type LiveAudit,
  openAudit,
  PreparedEvaluator,
  type Rejection,
  streamAudit,
} from '@kefu/rules';
import type { MonitorOrg } from '../contract.js';

/** A finding and the month its ledger belonged to when the audit decided it (for findings with no line). */
export interface Decided {
  readonly finding: Finding;
  /** The month whose ledger rows came right after it: a month-end tally is decided as its month closes. */
  readonly closingMonth?: string;
}

/** What reading lines decided: final. */
export interface Reading {
  readonly decided: readonly Decided[];
  /** Ledger rows of months the horizon settled while reading: final. */
  readonly settledLedger: readonly LedgerEntry[];
  /** Lines the audit rejected while reading this batch: its own, and earlier ones a sweep found late. */
  readonly rejected: readonly Rejection[];
  readonly warnings: readonly AuditWarning[];
}

export interface Judgement extends Reading {
  readonly provisional: readonly Decided[];
  /** Ledger rows of the months settled at the end, as of `asOf`: provisional. */
  readonly provisionalLedger: readonly LedgerEntry[];
  readonly state: AuditState;
}

/** What the bridge needs of an organisation: its audit options, and an evaluator for its configuration. */
export interface OrgEngine {
  readonly org: MonitorOrg;
  readonly evaluator: PreparedEvaluator;
}

export function orgEngine(org: MonitorOrg): OrgEngine {
  return { org, evaluator: new PreparedEvaluator({ config: org.config }) };
}

/** The organisation's audit kept open (engine/live.ts), from `resumeFrom` (none: from its first line). */
export function openLive(engine: OrgEngine, resumeFrom: AuditState | undefined, asOf: Date): LiveAudit {
  const { org } = engine;
  return openAudit({
    asOf: asOf.toISOString(),
    maxDelay: org.maxDelay,
    streamLedger: true,
    ...(org.org !== undefined && { org: org.org }),
    evaluator: engine.evaluator,
    ...(resumeFrom !== undefined && { resumeFrom }),
  });
}

/** Read `events` as the log's next lines in the open audit, as of `asOf`: what they decided (final). */
export function readLive(audit: LiveAudit, events: readonly object[], asOf: Date): Reading {
  const reading = sortRecords(audit.read(events, asOf.toISOString()));
  return { ...reading, warnings: [...reading.warnings, ...audit.warnings()] };
}

/** Records read (not judged at an end), sorted: findings keep the month of the ledger rows after them. */
function sortRecords(records: readonly AuditRecord[]): Reading {
  const decided: Decided[] = [];
  const settledLedger: LedgerEntry[] = [];
  const rejected: Rejection[] = [];
  const warnings: AuditWarning[] = [];
  let waiting: { finding: Finding; closingMonth?: string }[] = [];
  for (const record of records) {
    if (record.type === 'finding') {
      const entry: { finding: Finding; closingMonth?: string } = { finding: record.finding };
      decided.push(entry);
      if (record.finding.lines.length === 0) waiting.push(entry);
    } else if (record.type === 'ledger') {
      for (const entry of waiting) entry.closingMonth = record.entry.month;
      waiting = [];
      settledLedger.push(record.entry);
    } else if (record.type === 'rejected') rejected.push(record.rejected);
    else if (record.type === 'warning') warnings.push(record.warning);
  }
  return { decided, settledLedger, rejected, warnings };
}

/**
 * Read `events` as the continuation of `resumeFrom` (none: the organisation's first batch), then judge
 * what is open as of `asOf` (unless `judgeOpen` is false: then `provisional` is empty, and the pass over
 * every open case is saved). Zero events: a judgement of the state at `asOf` only (an alert's instant,
 * a month's report, the open obligations).
 */
export async function judge(
  engine: OrgEngine,
  events: readonly object[],
  resumeFrom: AuditState | undefined,
  asOf: Date,
  judgeOpen = true,
): Promise<Judgement> {
  const { org } = engine;
  let ended = false;
  const lines = {
    *[Symbol.iterator]() {
      yield* events;
      ended = true;
    },
  };
  const records = streamAudit(lines, {
    asOf: asOf.toISOString(),
    maxDelay: org.maxDelay,
    checkpoint: true,
    judgeOpen,
    streamLedger: true,
    ...(org.org !== undefined && { org: org.org }),
    // The organisation's evaluator, kept across batches: facts parsers compiled once, not per batch.
    evaluator: engine.evaluator,
    ...(resumeFrom !== undefined && { resumeFrom }),
  });
  const decided: Decided[] = [];
  const provisional: Decided[] = [];
  const settledLedger: LedgerEntry[] = [];
  const provisionalLedger: LedgerEntry[] = [];
  const rejected: Rejection[] = [];
  const warnings: AuditWarning[] = [];
  // Findings with no line, kept in place, learn their month from the ledger rows that follow them.
  let waiting: { finding: Finding; closingMonth?: string }[] = [];
  for (;;) {
    const next = await records.next();
    if (next.done) {
      if (next.value.state === undefined) throw new Error('the audit returned no checkpoint');
      for (const w of next.value.summary.warnings ?? []) warnings.push(w);
      return { decided, provisional, settledLedger, provisionalLedger, rejected, warnings, state: next.value.state };
    }
    const record = next.value;
    // Records handed out once every line was read come from the end-of-log judgement (see stream.ts).
    if (record.type === 'finding') {
      const entry: { finding: Finding; closingMonth?: string } = { finding: record.finding };
      (ended ? provisional : decided).push(entry);
      if (record.finding.lines.length === 0) waiting.push(entry);
    } else if (record.type === 'ledger') {
      for (const entry of waiting) entry.closingMonth = record.entry.month;
      waiting = [];
      (ended ? provisionalLedger : settledLedger).push(record.entry);
    } else if (record.type === 'rejected') {
      // A rejection at the end (an order that never saw its follow-up) is a judgement as of `asOf` that a
      // later batch may undo, about a line already accepted: not a fate of this batch's lines.
      if (!ended) rejected.push(record.rejected);
    } else if (record.type === 'warning') warnings.push(record.warning);
    // (No `checkpoint` records: the monitor keeps the end-of-batch state, `monthCheckpoints` is not asked for.)
  }
}
