/**
 * The monitor's tables (Drizzle, PostgreSQL dialect: the same schema on PGlite and on a PostgreSQL server).
 * A change here needs a new migration: `pnpm --filter @kefu/monitor db:generate` (never edit an applied one).
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, json, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// Documents are `json`, not `jsonb`: kept as the audit wrote them, keys in its order (jsonb sorts them).

/**
 * One row per organisation: the audit's checkpoint (`AuditState`) after the last accepted batch, and the
 * lines read so far. Its row lock (`SELECT … FOR UPDATE`) serialises that organisation's ingestions.
 */
export const orgState = pgTable('org_state', {
  org: text('org').primaryKey(),
  /**
   * The checkpoint as JSON text: its map keys join parts with NUL (`violations\u0000S-CS`), which
   * PostgreSQL's JSON types cannot hold as text.
   */
  state: text('state'),
  /**
   * The lines `state` covers. The live audit (engine/live.ts) keeps the state in memory and saves it only
   * every so often: the accepted events on the lines after it are replayed from `events` to catch up (0002).
   */
  stateLines: integer('state_lines').notNull().default(0),
  /**
   * Drawn when the row is created: the in-memory state is this row's at `lines` only if it was made for
   * the same epoch (a store emptied and filled again may reach the same line count with other events).
   */
  epoch: text('epoch').notNull().default(sql`md5(random()::text || clock_timestamp()::text)`),
  lines: integer('lines').notNull().default(0),
  updatedAt: instant('updated_at').notNull(),
  /**
   * The lines the open obligations were last judged over (`lines` when they are up to date), when (the
   * `now` of that judgement) and how many there were. A judgement is a pass over every open case, so it is
   * not made after every batch: see `judgeDue` (ingest/pacing.ts).
   */
  judgedLines: integer('judged_lines').notNull().default(0),
  judgedAt: instant('judged_at'),
  openCount: integer('open_count').notNull().default(0),
});

/** Every accepted event, once per (org, id): `line` is its line number in the organisation's one long log. */
export const events = pgTable(
  'events',
  {
    org: text('org').notNull(),
    id: text('id').notNull(),
    line: integer('line').notNull(),
    at: text('at').notNull(),
    receivedAt: instant('received_at').notNull(),
    raw: text('raw').notNull(),
  },
  (t) => [primaryKey({ columns: [t.org, t.id] }), index('events_org_line').on(t.org, t.line)],
);

/** Findings the audit decided while reading lines: final, never judged again. */
export const findings = pgTable(
  'findings',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    org: text('org').notNull(),
    month: text('month').notNull(),
    rule: text('rule').notNull(),
    key: text('key'),
    employee: text('employee'),
    line: integer('line').notNull(),
    finding: json('finding').notNull(),
  },
  (t) => [index('findings_org_month').on(t.org, t.month)],
);

/** The audit's still-open obligations (pending / at-risk at the last judgement) and when each changes. */
export const openObligations = pgTable(
  'open_obligations',
  {
    org: text('org').notNull(),
    id: text('id').notNull(),
    rule: text('rule').notNull(),
    status: text('status').notNull(),
    atRiskAt: instant('at_risk_at'),
    dueAt: instant('due_at').notNull(),
    /** The next at-risk or due instant not yet alerted; null when both are. */
    nextTimerAt: instant('next_timer_at'),
    finding: json('finding').notNull(),
    /**
     * SHA-256 of what the judgement said (status, instants, finding): an ingestion rewrites only the
     * obligations whose digest changed, so its cost follows what changed, not everything open (0001).
     */
    digest: text('digest'),
  },
  (t) => [
    primaryKey({ columns: [t.org, t.id] }),
    index('open_obligations_due').on(t.org, t.dueAt),
    index('open_obligations_timer').on(t.nextTimerAt),
    // `nextTimerAt(org)`: one organisation's earliest timer without scanning the others' (0001).
    index('open_obligations_org_timer').on(t.org, t.nextTimerAt),
  ],
);

/** Alerts: the id is derived (org, obligation, kind), so a retry after a crash inserts nothing new. */
export const alerts = pgTable(
  'alerts',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    org: text('org').notNull(),
    obligation: text('obligation').notNull(),
    kind: text('kind').notNull(),
    at: instant('at').notNull(),
    finding: json('finding').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('alerts_org_seq').on(t.org, t.seq)],
);

/** Webhook deliveries: one row per alert and webhook, written in the alert's transaction. */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    alertId: text('alert_id').notNull(),
    org: text('org').notNull(),
    url: text('url').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull(),
    leaseUntil: instant('lease_until'),
    deliveredAt: instant('delivered_at'),
    lastError: text('last_error'),
    dead: boolean('dead').notNull().default(false),
  },
  (t) => [index('outbox_due').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null and not ${t.dead}`)],
);

/**
 * Months: `ledger` holds the month's ledger rows once the `maxDelay` horizon has settled it (final);
 * `closedAt` and `checkpoint` are written by `closeMonth`.
 */
export const months = pgTable(
  'months',
  {
    org: text('org').notNull(),
    month: text('month').notNull(),
    ledger: json('ledger'),
    closedAt: instant('closed_at'),
    /** The organisation's checkpoint when the month was closed (JSON text, as `org_state.state`). */
    checkpoint: text('checkpoint'),
    closedLedger: json('closed_ledger'),
    closedFindings: json('closed_findings'),
  },
  (t) => [primaryKey({ columns: [t.org, t.month] })],
);
