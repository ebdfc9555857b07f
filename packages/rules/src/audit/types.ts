/**
 * The audit's public contract, shared by the audit engine, the CLI and the HTTP API.
 * An audit reads an event log (NDJSON, one event per line) and returns every finding, every rejected
 * line with its number and reason, a summary and a monthly penalty ledger. Conservation:
 * `summary.lines === summary.evaluated + summary.rejected`, always.
 */

import type { KefuError } from '../kernel/errors.js';
import type { PreparedEvaluator } from '../kernel/prepared.js';
import type { RuleResult, Status } from '../kernel/result.js';
import type { Sanction } from '../kernel/sanctions.js';
import type { AuditState } from './state/audit-state.js';
import type { AuditWarningCode, RejectionCode } from './vocabulary/rejection-codes.js';

/** An organisation file: who works where, their bonus and day wage. */
export interface OrgPerson {
  readonly id: string;
  readonly name?: string;
  readonly department: string;
  /** Monthly performance bonus in yuan (P09 bonus deductions). */
  readonly monthlyBonus?: number;
  /** Day wage in yuan (P12 absence). */
  readonly dayWage?: number;
  /** Monthly salary in yuan (P10 quarrel). */
  readonly monthlySalary?: number;
  /** P09 base points (基點數) for loss sharing. */
  readonly basePoints?: number;
  /**
   * P09 第二十二條: the group (組) within the department, where a production group is the unit a loss is
   * charged to; the group's base-point total is the sum of its members'.
   */
  readonly group?: string;
}

export interface OrgDepartment {
  readonly id: string;
  readonly name?: string;
  /** Employee id of the department head (P10 joint liability). */
  readonly head?: string;
}

export interface OrgFile {
  readonly name?: string;
  readonly households?: number;
  readonly departments: readonly OrgDepartment[];
  readonly people: readonly OrgPerson[];
  /**
   * Periodic rule ids (monthly reports, daily log checks, plans…) the organisation is held to in every
   * period the log covers, even when the log has no event for a period. Default: the periodic rules the
   * log mentions at least once.
   */
  readonly obligations?: readonly string[];
  /**
   * Rule ids or policy codes whose breaches go through the P10 fine ladder (P10.repeat-violation) when
   * the rule prices no sanction of its own; `"*"` means every rule, `[]` turns the ladder off. Default:
   * `["P10"]` — the ladder is P10's own ((五)1 fines breaches of P10's service rules); an organisation that
   * adopts it for other policies' rules says which.
   */
  readonly ladder?: readonly string[];
}

export interface AuditOptions {
  /** ISO instant the audit is made at: decides what is still pending. Required for open obligations. */
  readonly asOf?: string;
  /** The organisation's rule configuration (as for `evaluate`). */
  readonly config?: unknown;
  /** The organisation file (people, departments). */
  readonly org?: unknown;
  /**
   * ISO-8601 duration: how far out of time order the log may be. When set, state older than the newest
   * event minus this much is final: open obligations past their due time are decided, idle cases freed,
   * months closed (memory stays flat on endless logs). An event older than that is rejected. Default:
   * unset, everything stays open until the end (exact for any order of lines).
   */
  readonly maxDelay?: string;
  /**
   * Rule ids or policy codes to evaluate (e.g. `["P01", "P08.engineer-arrival"]`); the others are not
   * evaluated and yield nothing. A name that is neither is an options error. The ledger books P12 only
   * through `P12.monthly-score`, and the P10 ladder prices only the breaches evaluated (docs/events.md).
   * Default: every rule.
   */
  readonly rules?: readonly string[];
  /**
   * Hand out each ledger row as a record (`{ type: 'ledger', entry }`) as soon as its month is settled —
   * while reading with `maxDelay`, else at the end — rather than keeping the rows for the returned
   * `ledger`, which is then empty. Rows come in the same order as the returned ledger (month, then
   * employee). With `maxDelay` the audit then holds only open cases and open months: memory stays flat
   * however long the log. Default: false.
   */
  readonly streamLedger?: boolean;
  /**
   * The statuses of the findings to hand out, e.g. `["breached", "at-risk", "pending"]` for the problems
   * only (`computed` stands for a compute rule's result). Every rule is still evaluated: findings of the
   * other statuses are counted in the summary and booked in the ledger, but not yielded (nor collected by
   * `runAudit`). Default: every status. Not for `whatIf`, whose comparison needs every finding.
   */
  readonly statuses?: readonly FindingStatus[];
  /**
   * ISO instant: the caller's wall clock (an adapter passes it; the library never reads the clock). The
   * window's anchor when `asOf` is not given (see `maxFuture`, `maxMonths`). Default: unset.
   */
  readonly now?: string;
  /**
   * ISO-8601 duration (at most P366D): how far after the anchor (`asOf`, else `now`) a line may be dated.
   * A later line is rejected as `out-of-range`: it opens no month, moves neither the `maxDelay` horizon nor
   * the latest instant, and creates no case. Default: `PT24H`. Without `asOf` and `now` it does not apply.
   */
  readonly maxFuture?: string;
  /**
   * Whole number 1–1200: the months one audit may span. With an anchor, a line dated before the start of
   * the month `maxMonths − 1` months before the anchor's month is `out-of-range`. Without one, the accepted
   * lines may span at most this many months, and a line that would widen the span beyond is `out-of-range`
   * (which line that is then depends on the order of the lines: give `asOf` or `now`). Default: 60.
   */
  readonly maxMonths?: number;
  /**
   * Whole number of bytes (1 KiB – 256 MiB): a longer line is rejected as `line-too-long`, never held whole.
   * Applies to a `splitLines` iterator the audit reads (in place of that iterator's own cap) and to lines
   * given directly. Default: 1 MiB (1048576).
   */
  readonly maxLineBytes?: number;
  /**
   * A checkpoint an earlier audit returned (`checkpoint: true`, or `kefu audit --save-state`): this audit
   * reads its lines as the continuation of that one's log — open cases, month tallies, open months of the
   * ledger, the P10 ladder's window, the P09 carry-overs are taken up — and numbers its lines on from it.
   * Refused (`invalid-state`) when from another state version, damaged, or saved with another zone,
   * `maxDelay` or `rules`. Default: a fresh audit.
   */
  readonly resumeFrom?: unknown;
  /**
   * Return the state at the end of the log (`state` in the result), taken before the end judges what is
   * still open: the next audit resumes from it. Default: false.
   */
  readonly checkpoint?: boolean;
  /**
   * Judge what is still open at the end of the log (pending, at-risk, breached as of `asOf`, the months
   * still open settled into the ledger). Default: true. `false` stops once the lines are read, with the
   * findings and ledger rows decided while reading and, with `checkpoint`, the state: for a caller that
   * reads a log in many small parts and judges what is open only now and then (by resuming from the state
   * with no lines), since that judgement costs a pass over every open case. The state is the same either way.
   */
  readonly judgeOpen?: boolean;
  /**
   * With `maxDelay`: each time months close while the log is read, hand out a `checkpoint` record with the
   * last month closed and the state after that line — the same state `checkpoint: true` would return for
   * the log up to that line, so a later audit can resume from any month close (a log read month by month
   * need not be cut at month ends). Default: false. Needs `maxDelay` (without it months close only at the end).
   */
  readonly monthCheckpoints?: boolean;
  /**
   * With `org`: a line naming a person (`employee`, `handler`, `incoming`) or a `department` the file does
   * not know is read as given, with a `warning` record (`unknown-id`), instead of being rejected as
   * `unknown-id`. Such an id is booked as a person or department of its own: no name, no department head
   * (no joint liability), no bonus, wage or salary from the file, its fine ladder apart from everyone's.
   * Default: false. Without `org` ids are never checked.
   */
  readonly lenientIds?: boolean;
  /**
   * `false`: run the audit with every cache of its speed layer off (instants parsed and formatted afresh,
   * zone offsets asked of the runtime each time, facts checked by zod's runtime parser, parameters parsed at
   * every evaluation). The output is byte-identical, only slower: a check that the caches change nothing.
   * Default: true.
   */
  readonly caches?: boolean;
  /**
   * A `PreparedEvaluator` made with the organisation's configuration, reused across audits (a live monitor
   * reading one batch after another, issue #16): its compiled facts parsers and parsed parameters are kept
   * instead of built again per audit. The audit then evaluates with its configuration; a `config` given
   * beside it must be the same object. The output is the same as without it.
   */
  readonly evaluator?: PreparedEvaluator;
}

/** A finding's status: a check rule's verdict, or `computed` for a compute rule's result. */
export type FindingStatus = Status | 'computed';

/** A rule result tied to what it concerns. */
export interface Finding {
  /** 1-based line numbers of the events the finding was decided from. */
  readonly lines: readonly number[];
  /** Case, complaint or document key the finding concerns, when there is one. */
  readonly key?: string;
  readonly employee?: string;
  readonly department?: string;
  readonly result: RuleResult;
}

export interface Rejection {
  /** 1-based line number in the input; 0 for an obligation no line stands for (see `summary.unjudged`). */
  readonly line: number;
  readonly reason: string;
  /**
   * The reason in simplified Chinese (#15: every rejection the audit makes carries it; optional only so that
   * rejections recorded by an earlier version still read).
   */
  readonly reasonZh?: string;
  /**
   * Reason code: `malformed-json`, `invalid-utf8`, `line-too-long`, `empty-line`, `not-an-object`,
   * `unknown-type`, `invalid-event`, `out-of-range`, `unknown-id`, `late-event`, `orphan-event`, or the
   * refusing rule's error code (vocabulary/rejection-codes.ts lists them with their meaning in Chinese).
   */
  readonly code?: RejectionCode;
  /** Typed error from the rule or the event schema, when there is one. */
  readonly error?: KefuError;
}

/**
 * Something the audit read on but a supervisor should know. On a line (a `warning` record): `unknown-id`,
 * an id the organisation file does not know, read as given (`lenientIds`). For the whole audit (in
 * `summary.warnings`): `no-org`, what the ledger leaves out without an organisation file; `unknown-id`,
 * how many lines `lenientIds` let through.
 */
export interface AuditWarning {
  readonly code: AuditWarningCode;
  readonly message: string;
  /** The message in simplified Chinese. */
  readonly messageZh?: string;
  /** The 1-based line a `warning` record is about. */
  readonly line?: number;
  /** In the summary: how many lines the warning stands for. */
  readonly lines?: number;
}

export type AuditRecord =
  | { readonly type: 'finding'; readonly finding: Finding }
  | { readonly type: 'rejected'; readonly rejected: Rejection }
  /** Only with the `lenientIds` option. */
  | { readonly type: 'warning'; readonly warning: AuditWarning }
  /** Only with the `streamLedger` option. */
  | { readonly type: 'ledger'; readonly entry: LedgerEntry }
  /** Only with the `monthCheckpoints` option. */
  | { readonly type: 'checkpoint'; readonly checkpoint: MonthCheckpoint };

/** The state after the line that closed `month` (and every month before it): `resumeFrom` takes it. */
export interface MonthCheckpoint {
  /** `YYYY-MM`: the last month closed. */
  readonly month: string;
  readonly state: AuditState;
}

export interface AuditSummary {
  readonly lines: number;
  /** Lines accepted as events (each may yield zero or more findings). */
  readonly evaluated: number;
  readonly rejected: number;
  /** Every finding the audit decided, handed out or not (see the `statuses` option). */
  readonly findings: number;
  readonly byStatus: Readonly<Partial<Record<FindingStatus, number>>>;
  readonly byPolicy: Readonly<Record<string, Readonly<Partial<Record<FindingStatus, number>>>>>;
  readonly asOf?: string;
  /** Rejected lines by reason code (`malformed-json`, `unknown-type`, `invalid-event`, a rule error code…). */
  readonly rejectedBy?: Readonly<Record<string, number>>;
  /**
   * Set when the audit resumed from a checkpoint: the lines read before it. Line numbers continue from
   * there (line `resumedAfter + 1` is this input's first); `lines` counts this input's only.
   */
  readonly resumedAfter?: number;
  /** Obligations no line stands for that could not be judged (reported as rejections with line 0). */
  readonly unjudged?: number;
  /** First and last event instant seen in the log. */
  readonly from?: string;
  readonly to?: string;
  /** The window in force: lines dated outside it were rejected as `out-of-range`. */
  readonly window: AuditWindow;
  /**
   * Accepted lines dated after `asOf` (within `maxFuture`), or whose `facts` name an instant after it. Their
   * findings carry the warning `after-as-of`. Only with `asOf`.
   */
  readonly afterAsOf?: number;
  /** Warnings about the whole audit (`no-org`; `unknown-id` with `lenientIds`), when there are any. */
  readonly warnings?: readonly AuditWarning[];
}

/** The dates an audit accepts (`summary.window`). */
export interface AuditWindow {
  /** First instant accepted: the start of the earliest month (with an anchor), else the first accepted line. */
  readonly from?: string;
  /** Last instant accepted: anchor + maxFuture (with an anchor), else the last accepted line. */
  readonly to?: string;
  /** What the window is measured from: `asOf`, `now`, or `log` (neither was given: the log's own span). */
  readonly anchor: 'asOf' | 'now' | 'log';
  readonly maxMonths: number;
  readonly maxFuture: string;
}

/** A part of a P09 balance: the month it was first owed, the yuan, and the clause it is owed under. */
export interface LedgerPart {
  /** `YYYY-MM` the amount was first owed (a month earlier than the row's: carried over). */
  readonly month: string;
  readonly amount: number;
  readonly clause: string;
}

/** What one person owes for one month. */
export interface LedgerEntry {
  readonly employee: string;
  readonly department?: string;
  /** `YYYY-MM` in the organisation's zone. */
  readonly month: string;
  /** Fines in yuan (P10 ladders, leaks, private dealings; joint liability for heads): ownFines + jointFines. */
  readonly fines: number;
  /** Of `fines`, the person's own. */
  readonly ownFines: number;
  /** Of `fines`, what the person owes as a department head for the department's fines (P10 連帶責任). */
  readonly jointFines: number;
  readonly wageDeductions: number;
  /** P09 bonus deductions actually taken this month after the 50% cap. */
  readonly bonusDeductions: number;
  /** P09 deductions carried into later months. */
  readonly carriedOver: number;
  readonly charges: number;
  /** P12: base score plus merits minus deductions. */
  readonly score: number;
  /** Net points of the month, signed (a deduction is negative): pointsAdded − pointsDeducted. */
  readonly points: number;
  /** Points added (merits), ≥ 0. */
  readonly pointsAdded: number;
  /** Points deducted, ≥ 0. */
  readonly pointsDeducted: number;
  /** `bonusDeductions` by the month each part was first owed, oldest first (sums to bonusDeductions). */
  readonly bonusDeductionsFrom: readonly LedgerPart[];
  /** `carriedOver` by the month each part was first owed, oldest first (sums to carriedOver). */
  readonly carriedOverFrom: readonly LedgerPart[];
  /** Every sanction of the month: money, points and marks (warnings, demerits, dismissal, deemed resignation…). */
  readonly sanctions: readonly Sanction[];
}

/** A ledger column a what-if can change. */
export type LedgerField =
  | 'ownFines'
  | 'jointFines'
  | 'wageDeductions'
  | 'bonusDeductions'
  | 'carriedOver'
  | 'charges'
  | 'score'
  | 'points'
  | 'sanctions';

export interface AuditReport {
  readonly summary: AuditSummary;
  readonly findings: readonly Finding[];
  readonly rejected: readonly Rejection[];
  readonly ledger: readonly LedgerEntry[];
  /** With the `checkpoint` option: the state to resume the next audit from (`resumeFrom`). */
  readonly state?: AuditState;
  /** With the `monthCheckpoints` option: the state after each line that closed months, in order. */
  readonly checkpoints?: readonly MonthCheckpoint[];
  /** The `warning` records (lines read on with an unknown id, `lenientIds`), when there are any. */
  readonly warnings?: readonly AuditWarning[];
}

/** The difference the same log makes under two configurations. */
export interface AuditDiff {
  readonly changed: readonly {
    readonly ruleId: string;
    readonly key?: string;
    readonly employee?: string;
    readonly lines: readonly number[];
    readonly before?: RuleResult;
    readonly after?: RuleResult;
  }[];
  readonly ledger: readonly {
    readonly employee: string;
    readonly month: string;
    /** The columns that differ (every one, so a view shows a bonus deduction's change, not only fines). */
    readonly fields: readonly LedgerField[];
    readonly before?: LedgerEntry;
    readonly after?: LedgerEntry;
  }[];
}
