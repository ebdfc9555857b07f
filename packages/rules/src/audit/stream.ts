/**
 * `streamAudit` and `runAudit`: read lines (text, bytes or parsed events), turn each into an event or a
 * rejection, hand events to their family, and yield findings and rejections as soon as they are decided.
 * At the end every obligation still open is judged as of `asOf`, the months are settled into the ledger,
 * and the summary is returned. Every line is counted once: lines = evaluated + rejected.
 */
import { KefuRuleError } from '../kernel/errors.js';
import { parseInstant } from '../kernel/time.js';
import { strictUtf8Decoder } from './codec.js';
import type { EngineState } from './engine.js';
import { AuditEngine } from './engine.js';
import { checkEvent } from './events.js';
import { bonuses } from './families/bonuses/index.js';
import { calls } from './families/calls/index.js';
import { complaints } from './families/complaints/index.js';
import { conduct } from './families/conduct/index.js';
import { documents } from './families/documents/index.js';
import { facts } from './families/facts/index.js';
import type { Family, FamilyContext, FamilyState } from './families/family.js';
import { frontDesk } from './families/front-desk/index.js';
import { gps } from './families/gps/index.js';
import { inspections } from './families/inspections/index.js';
import { materials } from './families/materials/index.js';
import { reports } from './families/reports/index.js';
import { services } from './families/services/index.js';
import { shifts } from './families/shifts/index.js';
import { tickets } from './families/tickets/index.js';
import { latestInstantIn } from './instants.js';
import { Ledger } from './ledger/index.js';
import { parseLedgerState } from './ledger/state-schema.js';
import { isOverlong, OverlongLine, takeLineBatches } from './lines.js';
import { endOfMonth, monthKey } from './months.js';
import {
  DEFAULT_MAX_FUTURE,
  DEFAULT_MAX_LINE_BYTES,
  DEFAULT_MAX_MONTHS,
  durationMs,
  parseOrg,
  validateAuditOptions,
} from './options.js';
import { AUDIT_STATE_VERSION, type AuditState, checkState, type StateSettings } from './state/audit-state.js';
import { decodeState, encodeState, type Json } from './state/codec.js';
import type {
  AuditOptions,
  AuditRecord,
  AuditReport,
  AuditSummary,
  AuditWarning,
  Finding,
  LedgerEntry,
  MonthCheckpoint,
  Rejection,
} from './types.js';
import type { FamilyName } from './vocabulary/index.js';
import { REJECTION_CODES_ZH } from './vocabulary/rejection-codes.js';
import { DateWindow } from './window.js';

export type AuditInput = string | Uint8Array | object;

/** What an audit returns at its end: the summary, the ledger, and the checkpoint when asked for. */
export interface AuditEnd {
  readonly summary: AuditSummary;
  readonly ledger: LedgerEntry[];
  /** With the `checkpoint` option: the state to resume the next audit from (`resumeFrom`). */
  readonly state?: AuditState;
}
export type AuditLines = AsyncIterable<AuditInput> | Iterable<AuditInput>;

const WHITESPACE_ONLY = /^\s*$/;

/**
 * The order the families are swept, finished and closed in, each month: cases first, periodic reports
 * last — a case judged at the end may still feed a month's tally (a callback, a complaint counted against
 * a department) that a later family judges. The same order every run: the records' order depends on it.
 */
const FAMILY_ORDER: readonly FamilyName[] = [
  'complaints',
  'services',
  'gps',
  'calls',
  'shifts',
  'conduct',
  'bonuses',
  'front-desk',
  'documents',
  'materials',
  'tickets',
  'reports',
  'inspections',
  'facts',
];

/**
 * Families that keep nothing between lines: a checkpoint written before one of them existed (#18 added
 * `inspections`) is still whole without its part.
 */
const STATELESS: ReadonlySet<FamilyName> = new Set(['inspections']);

/** One audit's state: the engine, the ledger and the families, fed one line at a time. */
class Auditor {
  readonly engine: AuditEngine;
  private readonly ledger: Ledger;
  private readonly families: Record<FamilyName, Family>;
  private readonly order: readonly Family[];
  private readonly decoder = strictUtf8Decoder();
  private line = 0;
  /** Lines read before this audit, in the audits its `resumeFrom` state continues (0 for a fresh one). */
  private readonly linesBefore: number;
  private readonly settings: StateSettings;
  private readonly wantsState: boolean;
  /** `judgeOpen: false`: the end of the log judges nothing (the caller judges later, from the state). */
  private readonly judgesOpen: boolean;
  /** `monthCheckpoints`: a checkpoint record after each line that closes months. */
  private readonly wantsMonthStates: boolean;
  private lastSweep = Number.NEGATIVE_INFINITY;
  private readonly sweepStep: number;
  private nextMonthToClose: number | undefined;
  private readonly window: DateWindow;
  /** The cap on a line given directly; `lineCap` the one a `splitLines` iterator read here uses (its own if unset). */
  readonly maxLineBytes: number;
  readonly lineCap: number | undefined;

  constructor(options: AuditOptions) {
    const org = parseOrg(options.org);
    const maxDelay = options.maxDelay === undefined ? undefined : durationMs(options.maxDelay);
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.lineCap = options.maxLineBytes;
    this.engine = new AuditEngine({
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      config: options.evaluator?.config ?? options.config,
      ...(options.evaluator !== undefined && { evaluator: options.evaluator }),
      ...(org !== undefined && { org }),
      ...(maxDelay !== undefined && { maxDelay }),
      ...(options.rules !== undefined && { rules: options.rules }),
      ...(options.statuses !== undefined && { statuses: options.statuses }),
      ...(options.lenientIds === true && { lenientIds: true }), // org-ids.ts (#15)
      // #14 speed layer: the `caches` option reaches the engine's PreparedEvaluator.
      ...(options.caches !== undefined && { caches: options.caches }),
    });
    const maxFuture = options.maxFuture ?? DEFAULT_MAX_FUTURE;
    this.window = new DateWindow({
      asOf: this.engine.asOfOption,
      now: options.now === undefined ? undefined : parseInstant(options.now),
      maxFuture,
      maxFutureMs: durationMs(maxFuture) ?? 0,
      maxMonths: options.maxMonths ?? DEFAULT_MAX_MONTHS,
      zone: this.engine.zone,
      time: this.engine.speed.time,
    });
    this.ledger = new Ledger(this.engine);
    if (options.streamLedger === true) {
      const out = this.engine.out;
      this.ledger.onEntry = (entry) => out.push({ type: 'ledger', entry });
    }
    const ctx: FamilyContext = { ledger: this.ledger };
    this.families = {
      complaints: complaints(),
      services: services(),
      gps: gps(),
      calls: calls(ctx),
      shifts: shifts(ctx),
      conduct: conduct(ctx),
      bonuses: bonuses(ctx),
      'front-desk': frontDesk(),
      documents: documents(),
      materials: materials(),
      tickets: tickets(),
      reports: reports(),
      inspections: inspections(),
      facts: facts(ctx),
    };
    this.order = FAMILY_ORDER.map((name) => this.families[name]);
    // Sweeping costs a pass over the open cases: do it at most every quarter of maxDelay (≥ 1 min).
    this.sweepStep = Math.max(60_000, (maxDelay ?? 0) / 4);
    this.settings = {
      zone: this.engine.zone,
      maxDelay: options.maxDelay ?? null,
      rules: options.rules === undefined ? null : [...options.rules],
    };
    this.wantsState = options.checkpoint === true;
    this.judgesOpen = options.judgeOpen !== false;
    this.wantsMonthStates = options.monthCheckpoints === true;
    this.linesBefore = options.resumeFrom === undefined ? 0 : this.resume(options.resumeFrom);
    this.line = this.linesBefore;
  }

  /** Take up a checkpoint: every part as it was saved. Returns the lines read before it. */
  private resume(value: unknown): number {
    const state = checkState(value, this.settings);
    try {
      this.engine.restore(decodeState(state.engine) as EngineState);
      for (const name of FAMILY_ORDER) {
        const family = this.families[name];
        const saved = state.families[name] ?? (STATELESS.has(name) ? encodeState({}) : undefined);
        if (saved === undefined) throw new Error(`no state for the ${name} family`);
        family.restore(decodeState(saved) as FamilyState);
      }
      const ledger = parseLedgerState(decodeState(state.ledger));
      if (!ledger.ok) throw new Error(`the ledger: ${ledger.message}`);
      this.ledger.restore(ledger.state);
      const reader = decodeState(state.reader) as { lastSweep: number; nextMonthToClose?: number };
      this.lastSweep = reader.lastSweep;
      this.nextMonthToClose = reader.nextMonthToClose;
    } catch (e) {
      if (e instanceof KefuRuleError) throw e;
      const detail = `damaged state: ${e instanceof Error ? e.message : String(e)}`;
      throw new KefuRuleError('invalid-state', `resumeFrom: ${detail}`, [{ path: ['resumeFrom'], message: detail }]);
    }
    return state.lines;
  }

  /** A checkpoint of everything a later line can still need (taken at the end of the log, before judging). */
  checkpoint(): AuditState {
    const engine = this.engine;
    const families: Record<string, Json> = {};
    for (const name of FAMILY_ORDER) {
      const family = this.families[name];
      families[name] = encodeState(family.save());
    }
    return {
      kefu: 'audit-state',
      version: AUDIT_STATE_VERSION,
      settings: this.settings,
      lines: this.line,
      ...(engine.first !== Number.POSITIVE_INFINITY && {
        from: engine.iso(engine.first),
        to: engine.iso(engine.latest),
      }),
      engine: encodeState(engine.save()),
      families,
      ledger: encodeState(this.ledger.save()),
      reader: encodeState({ lastSweep: this.lastSweep, nextMonthToClose: this.nextMonthToClose }),
    };
  }

  /** Lines read in all (with the ones before `resumeFrom`). */
  get lines(): number {
    return this.line;
  }

  /** `openAudit`: the next lines are read as of `asOf` (`engine.moveAsOf`, `window.moveAnchor`). */
  moveAsOf(asOf: string): void {
    const ms = parseInstant(asOf);
    if (ms === undefined) {
      const message = `asOf must be an ISO 8601 instant, got ${JSON.stringify(asOf)}`;
      throw new KefuRuleError('invalid-options', message, [{ path: ['asOf'], message }]);
    }
    this.engine.moveAsOf(asOf, ms);
    this.window.moveAnchor(ms);
  }

  /** Summary warnings (no organisation file; lenientIds' count is of every line this audit read). */
  warnings(): readonly AuditWarning[] {
    return this.engine.orgIds.summary().warnings ?? [];
  }

  get out(): AuditRecord[] {
    return this.engine.out;
  }

  private readonly monthOf = (ms: number): number => this.engine.month(ms);
  private readonly iso = (ms: number): string => this.engine.iso(ms);

  /** Read one line (or one parsed event). */
  push(item: AuditInput): void {
    const engine = this.engine;
    this.line += 1;
    engine.beginLine(this.line);
    try {
      this.read(item);
    } catch (e) {
      // A family must never throw; if one does, the line is rejected and the audit goes on.
      // The runtime's message is English and names code, not the line: the Chinese says what happened.
      engine.rejectLine(this.line, 'internal', {
        en: `internal error: ${e instanceof Error ? e.message : String(e)}`,
        zh: REJECTION_CODES_ZH.internal,
      });
    }
    engine.endLine();
  }

  private read(item: AuditInput): void {
    const engine = this.engine;
    let value: unknown;
    if (item instanceof OverlongLine || isOverlong(item, this.maxLineBytes)) {
      const length = item instanceof OverlongLine ? `${item.bytes} bytes` : `more than ${this.maxLineBytes} bytes`;
      const lengthZh = item instanceof OverlongLine ? `${item.bytes} 字节` : `超过 ${this.maxLineBytes} 字节`;
      engine.rejectFormat('line-too-long', {
        en: `line of ${length}, longer than maxLineBytes: skipped unread`,
        zh: `该行长 ${lengthZh}，超过 maxLineBytes：未读取`,
      });
      return;
    }
    if (typeof item === 'string' || item instanceof Uint8Array) {
      let text: string;
      if (typeof item === 'string') text = item;
      else {
        try {
          text = this.decoder.decode(item);
        } catch {
          engine.rejectFormat('invalid-utf8', { en: 'not valid UTF-8', zh: '不是有效的 UTF-8 文本' });
          return;
        }
      }
      // Lines given directly (not through splitLines) may still carry a BOM or a CR.
      if (this.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.charCodeAt(text.length - 1) === 0x0d) text = text.slice(0, -1);
      if (text.length === 0 || (text.charCodeAt(0) <= 0x20 && WHITESPACE_ONLY.test(text))) {
        engine.rejectFormat('empty-line', { en: 'empty line', zh: '空行' });
        return;
      }
      try {
        value = JSON.parse(text);
      } catch (e) {
        // The parser's own message names the place; it is the runtime's English, so Chinese says what it is.
        engine.rejectFormat('malformed-json', {
          en: `malformed JSON: ${e instanceof Error ? e.message : String(e)}`,
          zh: '不是合法的 JSON',
        });
        return;
      }
    } else {
      value = item;
    }
    const check = checkEvent(value);
    if (!check.ok) {
      const { path, message, zh } = check.problem;
      const where = path.length > 0 ? `${path.join('.')}: ` : '';
      const whereZh = path.length > 0 ? `${path.join('.')}：` : '';
      const named = typeof (value as { type?: unknown } | null)?.type === 'string' && check.code !== 'unknown-type';
      const type = named ? (value as { type: string }).type : '';
      const reason = {
        en: `${type && `${type}: `}${where}${message}`,
        zh: `${type && `${type}：`}${whereZh}${zh}`,
      };
      engine.rejectFormat(check.code, reason, {
        code: 'invalid-facts',
        message: `${where}${message}`,
        issues: [{ path, message }],
      });
      return;
    }
    // Before anything else looks at the date: a line out of the window moves no clock and opens nothing.
    const outside = this.window.problem(check.atMs, check.event.at, this.monthOf, this.iso);
    if (outside !== undefined) {
      engine.rejectFormat('out-of-range', outside);
      return;
    }
    const unknownId = engine.unknownId(check.event as Readonly<Record<string, unknown>>);
    if (unknownId !== undefined) {
      engine.rejectFormat('unknown-id', unknownId);
      return;
    }
    const horizon = engine.horizon();
    if (horizon !== undefined && check.atMs < horizon) {
      const latest = engine.iso(engine.latest);
      engine.rejectFormat('late-event', {
        en: `at ${check.event.at} is more than maxDelay before the latest event (${latest}): that part of the log is already settled`,
        zh: `at ${check.event.at} 比最新事件（${latest}）早了超过 maxDelay：日志的这一段已经结算`,
      });
      return;
    }
    this.window.accept(check.atMs, this.monthOf);
    const asOf = engine.asOfOption;
    if (
      asOf !== undefined &&
      (check.atMs > asOf || (check.family === 'facts' && latestInstantIn(check.event.facts) > asOf))
    ) {
      engine.lineAfterAsOf = true;
      engine.afterAsOf += 1;
    }
    engine.observe(check.atMs);
    this.families[check.family].handle(check.event, engine);
    if (engine.maxDelay !== undefined) this.advance();
  }

  /** `maxDelay` set: settle what the horizon has made final. */
  private advance(): void {
    const engine = this.engine;
    const horizon = engine.horizon();
    if (horizon === undefined || horizon < this.lastSweep + this.sweepStep) return;
    this.lastSweep = horizon;
    engine.inLine = false; // findings settled now belong to earlier lines, not the one being read
    for (const f of this.order) f.sweep?.(horizon, engine);
    this.nextMonthToClose ??= engine.month(engine.first);
    const firstToClose = this.nextMonthToClose;
    while (endOfMonth(this.nextMonthToClose, engine.zone, engine.speed.time) < horizon) {
      this.closeMonth(this.nextMonthToClose);
      this.nextMonthToClose += 1;
    }
    // After every close this line brings (a checkpoint between two would hold a half-settled line).
    if (this.wantsMonthStates && this.nextMonthToClose > firstToClose) {
      const month = monthKey(this.nextMonthToClose - 1);
      engine.out.push({ type: 'checkpoint', checkpoint: { month, state: this.checkpoint() } });
    }
    engine.inLine = true;
  }

  private closeMonth(month: number): void {
    for (const f of this.order) f.closeMonth?.(month, this.engine);
    this.ledger.closeMonth(month);
    this.engine.openFrom = Math.max(this.engine.openFrom, month + 1);
  }

  /** The end of the log: judge what is open, settle the months, sum up. */
  end(): AuditEnd {
    const steps = this.ending();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `end`, one step at a time (each family's open cases, then each month): a stream hands out each step's
   * records before the next, so that without `maxDelay` the whole log's month-end findings are never
   * held at once. The records and their order are the same either way.
   */
  *ending(): Generator<void, AuditEnd, undefined> {
    const engine = this.engine;
    // Before anything is judged as of the end: the state a later audit resumes from has it all still open.
    const state = this.wantsState ? this.checkpoint() : undefined;
    engine.inLine = false;
    if (!this.judgesOpen) {
      const end = this.summary();
      return state === undefined ? end : { ...end, state };
    }
    for (const f of this.order) {
      f.finish?.(engine);
      yield;
    }
    if (engine.first !== Number.POSITIVE_INFINITY) {
      const last = engine.month(engine.latest);
      for (let m = this.nextMonthToClose ?? engine.month(engine.first); m <= last; m += 1) {
        this.closeMonth(m);
        yield;
      }
      // A month after the log's last that a person's ledger holds (an absence dated later, a `facts` event's
      // month) is settled too, never dropped. Only the ledger: the log does not cover that month, so no
      // month tally or periodic obligation is judged for it.
      for (const m of this.ledger.pendingMonths()) {
        if (m <= last) continue;
        this.ledger.closeMonth(m);
        yield;
      }
    }
    const end = this.summary();
    return state === undefined ? end : { ...end, state };
  }

  private summary(): AuditEnd {
    const engine = this.engine;
    const asOf = engine.finalAsOf();
    const rejected = engine.rejected;
    const lines = this.line - this.linesBefore;
    const summary: AuditSummary = {
      lines,
      evaluated: lines - rejected,
      rejected,
      findings: engine.findings,
      byStatus: engine.byStatus,
      byPolicy: engine.byPolicy,
      ...(asOf !== undefined && { asOf: engine.iso(asOf) }),
      rejectedBy: engine.rejectedBy,
      unjudged: engine.unjudged,
      ...(engine.first !== Number.POSITIVE_INFINITY && {
        from: engine.iso(engine.first),
        to: engine.iso(engine.latest),
      }),
      window: this.window.describe(this.iso),
      ...(engine.asOfOption !== undefined && { afterAsOf: engine.afterAsOf }),
      ...(this.linesBefore > 0 && { resumedAfter: this.linesBefore }),
      ...engine.orgIds.summary(), // `warnings`: no-org, or the lines lenientIds let through (org-ids.ts, #15)
    };
    return { summary, ledger: this.ledgerEntries() };
  }

  private ledgerEntries(): LedgerEntry[] {
    return this.ledger.result();
  }
}

function start(options: AuditOptions | undefined): Auditor {
  const error = validateAuditOptions(options);
  if (error) throw new KefuRuleError(error.code, error.message, error.issues);
  return new Auditor(options ?? {});
}

function isSyncIterable(x: AuditLines): x is Iterable<AuditInput> {
  return typeof (x as Partial<Iterable<AuditInput>>)[Symbol.iterator] === 'function';
}

/**
 * Audit a log, yielding each finding and rejection as soon as it is decided, and returning the summary
 * and the ledger. Throws `KefuRuleError` for bad options, at the call (nothing is read then); never for
 * a bad line.
 */
export function streamAudit(
  lines: AuditLines,
  options?: AuditOptions,
): AsyncGenerator<AuditRecord, AuditEnd, undefined> {
  return stream(start(options), lines);
}

async function* stream(auditor: Auditor, lines: AuditLines): AsyncGenerator<AuditRecord, AuditEnd, undefined> {
  const out = auditor.out;
  // Records are yielded straight from `out` (no delegation to a sync generator per line: in an async
  // generator each `yield*` over one wraps it and adds promise ticks per record). Records pushed while
  // these are consumed stay for the next drain.
  // Lines from `splitLines` are taken a chunk at a time: the chunk's lines are read in one go and their
  // records yielded after (the same records in the same order, one await per chunk rather than per line).
  const batches = takeLineBatches(lines, auditor.lineCap);
  if (batches !== undefined) {
    for await (const batch of batches) {
      for (const item of batch) auditor.push(item);
      if (out.length > 0) for (const r of out.splice(0, out.length)) yield r;
    }
  } else if (isSyncIterable(lines)) {
    for (const item of lines) {
      auditor.push(item);
      if (out.length > 0) for (const r of out.splice(0, out.length)) yield r;
    }
  } else {
    for await (const item of lines) {
      auditor.push(item);
      if (out.length > 0) for (const r of out.splice(0, out.length)) yield r;
    }
  }
  const steps = auditor.ending();
  for (;;) {
    const step = steps.next();
    if (out.length > 0) for (const r of out.splice(0, out.length)) yield r;
    if (step.done) return step.value;
  }
}

/**
 * A live audit: an audit kept open between batches of lines (the live monitor, #16), so that reading the
 * next batch costs that batch, not a resume of the whole state. `read` hands out what the lines decided
 * while reading (findings, rejections, ledger rows the `maxDelay` horizon settled, with `streamLedger`);
 * nothing is judged at an end. `checkpoint` is the state `streamAudit` with `checkpoint: true` returns at
 * the end of the same lines: a `resumeFrom` for an audit that judges what is open (as of any instant).
 * Reading batches each as of its own `asOf` gives the records and state of one `streamAudit` resumed per
 * batch with that `asOf` (live.test.ts).
 */
export interface LiveAudit {
  /** Lines read in all (the checkpoint's `lines`). */
  readonly lines: number;
  /** Read `lines` as the log's next, as of `asOf`; the records they produced, in the audit's order. */
  read(lines: Iterable<AuditInput>, asOf: string): AuditRecord[];
  /** The summary warnings a `streamAudit` would end with (no organisation file…). */
  warnings(): readonly AuditWarning[];
  checkpoint(): AuditState;
}

/** Open a live audit (`asOf` is moved by each `read`); throws `KefuRuleError` for bad options. */
export function openAudit(options: AuditOptions & { readonly asOf: string }): LiveAudit {
  const auditor = start(options);
  const out = auditor.out;
  return {
    get lines() {
      return auditor.lines;
    },
    read(lines, asOf) {
      auditor.moveAsOf(asOf);
      for (const item of lines) auditor.push(item);
      return out.splice(0, out.length);
    },
    warnings: () => auditor.warnings(),
    checkpoint: () => auditor.checkpoint(),
  };
}

/** Audit a log and collect everything. */
export async function runAudit(lines: AuditLines, options?: AuditOptions): Promise<AuditReport> {
  const auditor = start(options);
  const findings: Finding[] = [];
  const rejected: Rejection[] = [];
  const streamed: LedgerEntry[] = [];
  const warnings: AuditWarning[] = [];
  const checkpoints: MonthCheckpoint[] = [];
  const out = auditor.out;
  const collect = () => {
    for (const r of out) {
      if (r.type === 'finding') findings.push(r.finding);
      else if (r.type === 'rejected') rejected.push(r.rejected);
      // Warning records come with lenientIds only (org-ids.ts, #15).
      else if (r.type === 'warning') warnings.push(r.warning);
      else if (r.type === 'checkpoint') checkpoints.push(r.checkpoint);
      else streamed.push(r.entry);
    }
    out.length = 0;
  };
  const batches = takeLineBatches(lines, auditor.lineCap);
  if (batches !== undefined) {
    for await (const batch of batches) {
      for (const item of batch) auditor.push(item);
      if (out.length > 0) collect();
    }
  } else if (isSyncIterable(lines)) {
    // A plain loop for in-memory input: no await per line.
    for (const item of lines) {
      auditor.push(item);
      if (out.length > 0) collect();
    }
  } else {
    for await (const item of lines) {
      auditor.push(item);
      if (out.length > 0) collect();
    }
  }
  const { summary, ledger, state } = auditor.end();
  collect();
  // Everything is collected here anyway: with `streamLedger` the rows came as records.
  const ledgerRows = options?.streamLedger === true ? streamed : ledger;
  const report = {
    summary,
    findings,
    rejected,
    ledger: ledgerRows,
    ...(warnings.length > 0 && { warnings }), // #15
    ...(options?.monthCheckpoints === true && { checkpoints }),
  };
  return state === undefined ? report : { ...report, state };
}
