/**
 * The live monitor's contract (issue #16), shared by the store, the delivery worker, the API routes and
 * `kefu watch`. The monitor runs the audit's own engine (`streamAudit` resumed from the organisation's
 * checkpoint): it never decides a status itself. What it adds is persistence, timers and delivery.
 *
 * Written first so that the store, the delivery and the adapters could be built side by side; the
 * implementation may extend these types (extend, never rename: the API's JSON is made of them).
 */
import type { AuditWarning, Finding, LedgerEntry, OrgFile } from '@kefu/rules';

/** One organisation the monitor serves: its organisation file, configuration and webhooks. */
export interface MonitorOrg {
  /** URL-safe id (`[a-z0-9][a-z0-9-]{0,62}`); `default` when nothing is configured. */
  readonly id: string;
  readonly name?: string;
  /** The organisation file (as for `kefu audit --org`). */
  readonly org?: OrgFile;
  /** The rule configuration (as for `kefu audit --config`). */
  readonly config?: unknown;
  /** ISO-8601 duration: how far out of time order events may arrive (the audit's `maxDelay`). */
  readonly maxDelay: string;
  readonly webhooks: readonly WebhookTarget[];
}

export interface WebhookTarget {
  /** https:// (http:// only for loopback hosts). */
  readonly url: string;
  /** The HMAC-SHA256 key the receiver verifies `Kefu-Signature` with (the first of `secrets`). */
  readonly secret: string;
  /**
   * During a rotation, every secret to sign with, newest first: one `v1=` each in `Kefu-Signature`, so a
   * receiver that knows either the old or the new one accepts the delivery. Absent: `secret` alone.
   */
  readonly secrets?: readonly string[];
}

/** What happened to one line (or array element) of an ingestion, in input order. */
export type LineFate =
  | { readonly line: number; readonly id: string; readonly fate: 'accepted' }
  /** The same id was stored before: not stored again, not audited again. */
  | { readonly line: number; readonly id: string; readonly fate: 'duplicate' }
  | {
      readonly line: number;
      readonly id?: string;
      readonly fate: 'rejected';
      /** The audit's reason code (`malformed-json`, `invalid-event`, `late-event`, …). */
      readonly code: string;
      readonly reason: string;
    };

export interface EarlierRejection {
  readonly line: number;
  readonly id: string;
  readonly code: string;
  readonly reason: string;
}

export interface IngestResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly lines: readonly LineFate[];
  /** Findings the audit decided from these events (met, breached, computed…). */
  readonly findings: number;
  /**
   * Events an earlier ingestion accepted that the audit rejects now that it has read on: a follow-up of a
   * case the `maxDelay` horizon had already settled (`late-event`), known only once the case is swept. `line`
   * is the event's line in the organisation's whole log, `id` its id. The one-go audit rejects the same lines.
   */
  readonly earlierRejected?: readonly EarlierRejection[];
  readonly warnings?: readonly AuditWarning[];
}

/** An obligation still open: the audit's own pending or at-risk finding, and when it will change. */
export interface OpenObligation {
  /** Stable id of the obligation: the same case and rule keep it across ingestions and restarts. */
  readonly id: string;
  readonly org: string;
  readonly ruleId: string;
  readonly status: 'pending' | 'at-risk';
  /** When it turns at-risk (the configuration's warning share of its window); absent once at-risk. */
  readonly atRiskAt?: string;
  readonly dueAt: string;
  /** The finding as the audit writes it at the time it was last judged. */
  readonly finding: Finding;
}

export type AlertKind = 'at-risk' | 'breached';

/** An alert: a finding that turned at-risk or breached with no closing event. */
export interface Alert {
  /** Stable: derived from the organisation, the obligation and the kind, so a redelivery carries the same id. */
  readonly id: string;
  readonly org: string;
  readonly kind: AlertKind;
  /** The instant the alert stands for (the at-risk or due instant), not when it was sent. */
  readonly at: string;
  /** Monotonic per store: SSE `id:` and the cursor of `GET /v1/alerts?after=`. */
  readonly seq: number;
  /** The finding as the audit would write it at `at`: rule, clause, case or person, status, due time, explanation. */
  readonly finding: Finding;
}

/** A month's documents, the same as `kefu audit --json` gives for the same events. */
export interface MonthReport {
  readonly month: string;
  readonly findings: readonly Finding[];
  readonly ledger: readonly LedgerEntry[];
  /** Whether `closeMonth` has written this month's ledger and checkpoint. */
  readonly closed: boolean;
}

/** One webhook delivery waiting or in flight (the outbox). */
export interface OutboxItem {
  readonly id: string;
  readonly alertId: string;
  readonly org: string;
  readonly url: string;
  /** The exact JSON body to send and sign. */
  readonly body: string;
  /** Deliveries tried so far. */
  readonly attempts: number;
}

/** The outbox as the delivery worker sees it (implemented by the store). */
export interface OutboxStore {
  /**
   * Leases up to `limit` deliveries whose next attempt is due at `now` (claimed with `FOR UPDATE SKIP LOCKED`,
   * so two processes never hold the same one); a lease not settled by `leaseMs` later is claimable again.
   */
  claim(now: Date, limit: number, leaseMs: number): Promise<readonly OutboxItem[]>;
  delivered(id: string, at: Date): Promise<void>;
  /** A failed attempt: try again at `nextAttemptAt`, or never (`undefined`: given up, kept as dead). */
  failed(id: string, error: string, nextAttemptAt: Date | undefined): Promise<void>;
}

/** The monitor as the API, `kefu watch` and the tests use it. */
export interface Monitor {
  /** Events as one JSON object, a JSON array, or NDJSON text. `now` is the wall clock (the library never reads it). */
  ingest(org: string, input: string, now: Date): Promise<IngestResult>;
  /** Open obligations, nearest due time first. */
  openObligations(org: string, options?: { readonly limit?: number }): Promise<readonly OpenObligation[]>;
  /** Alerts after a sequence number, oldest first. */
  alerts(org: string, options?: { readonly after?: number; readonly limit?: number }): Promise<readonly Alert[]>;
  /**
   * The organisation's latest alert `seq` (0: none yet): where a new alert stream starts when its client asks
   * for no history (no `Last-Event-ID`, no `since`), so that it gets only the alerts raised from then on.
   */
  lastAlertSeq(org: string): Promise<number>;
  month(org: string, month: string, now: Date): Promise<MonthReport>;
  closeMonth(org: string, month: string, now: Date): Promise<MonthReport>;
  /** Raises the alerts due by `now` (timers claimed with `FOR UPDATE SKIP LOCKED`); returns how many. */
  tick(now: Date): Promise<number>;
  /**
   * The earliest timer not yet fired, of one organisation or of all (`undefined`: none): the API's loop
   * sleeps until then and calls `tick`, so an alert is raised within a second of its instant.
   */
  nextTimerAt(org?: string): Promise<Date | undefined>;
  readonly outbox: OutboxStore;
  close(): Promise<void>;
}
