/**
 * The audit engine: the state shared by every family correlator. It evaluates rules through the registry
 * (the same functions `evaluate` calls: no rule is implemented twice), turns outcomes into findings or
 * rejections, counts, and keeps the log's clock (first and latest instant, the horizon behind which the
 * log is complete when `maxDelay` is set).
 */
import type { ResolvedConfig } from '../kernel/config.js';
import type { RuleInfo } from '../kernel/define-rule.js';
import type { KefuError } from '../kernel/errors.js';
import { PreparedEvaluator } from '../kernel/prepared.js';
import type { Bilingual, RuleResult } from '../kernel/result.js';
import { getPolicy, getRule } from '../registry.js';
import { monthIndexOfDay } from './months.js';
import { OrgIdCheck } from './org-ids.js';
import { type Counter, type DepartmentCounter, type MonthCounter, tallyKey } from './tallies.js';
import type { AuditRecord, Finding, FindingStatus, OrgFile, OrgPerson, Rejection } from './types.js';
import type { RejectionCode } from './vocabulary/rejection-codes.js';
import { ruleErrorZh } from './vocabulary/rule-error-zh.js';

export interface FindingMeta {
  /** The finding's lines: an array nobody changes afterwards (a case passes a copy of its list). */
  readonly lines: readonly number[];
  readonly key?: string | undefined;
  readonly employee?: string | undefined;
  readonly department?: string | undefined;
  /** Instant (ms) the finding belongs to: its month in the ledger. */
  readonly at: number;
  /** An open obligation judged as of the audit's final `asOf` rather than as of now. */
  readonly final?: boolean;
  /** The caller books the result itself (the ledger's month close): the findings callback is not told. */
  readonly bookedByCaller?: boolean;
}

type Counts = Partial<Record<FindingStatus, number>>;

/** What a finding means for the ledger; set by the ledger so the engine need not know it. */
export type FindingListener = (finding: Finding, at: number) => void;

/** What the engine carries into a checkpoint. */
export interface EngineState {
  readonly first: number;
  readonly latest: number;
  readonly openFrom: number;
  readonly tallies: ReadonlyMap<string, Map<number, number>>;
  readonly mentioned: ReadonlySet<string>;
}

interface RunOptions {
  readonly asOf?: string;
  readonly config?: unknown;
}

export class AuditEngine {
  readonly config: unknown;
  readonly resolved: ResolvedConfig;
  /** The speed layer: instant codec, compiled facts parsers, parameters per version (kernel/prepared.ts). */
  readonly speed: PreparedEvaluator;
  readonly zone: string;
  readonly org: OrgFile | undefined;
  readonly people = new Map<string, OrgPerson>();
  /** Head of each department. */
  readonly heads = new Map<string, string>();
  /** The ids lines name, checked against the organisation file (org-ids.ts, #15). */
  readonly orgIds: OrgIdCheck;
  /** Moved by `moveAsOf` only (a live audit, `openAudit`): else the option's, for the whole audit. */
  asOfOption: number | undefined;
  private asOfText: string;
  readonly maxDelay: number | undefined;

  /** Records to hand out: the stream drains this after each line. */
  readonly out: AuditRecord[] = [];

  // The line being read.
  line = 0;
  atMs = 0;
  inLine = false;
  private lineRejected = false;
  /** The line being read is dated after `asOf`, or its facts name an instant after it (`after-as-of`). */
  lineAfterAsOf = false;
  /** Accepted lines that were after `asOf`. */
  afterAsOf = 0;

  // The log's clock.
  first = Number.POSITIVE_INFINITY;
  latest = Number.NEGATIVE_INFINITY;

  // Counts.
  lines = 0;
  private rejectedFormat = 0;
  /** Lines accepted as events and rejected afterwards, when a rule could not use them. */
  private readonly rejectedLater = new Set<number>();
  findings = 0;
  /** Obligations that could not be judged and that no line stands for. */
  unjudged = 0;
  readonly byStatus: Counts = {};
  readonly byPolicy: Record<string, Counts> = {};
  readonly rejectedBy: Record<string, number> = {};
  /** Periodic rules the log mentions (default obligations). */
  readonly mentioned = new Set<string>();

  onFinding: FindingListener = () => {};

  /** Months before this one are closed: whatever still belongs to them is booked to this one. */
  openFrom = Number.NEGATIVE_INFINITY;
  /** `month`'s last local day and its month. */
  private monthDay = Number.NaN;
  private monthOfDay = 0;
  /** Monthly counters shared by families: `name` → month → count. */
  private readonly tallies = new Map<string, Map<number, number>>();

  private readonly rules = new Map<string, RuleInfo | undefined>();
  private fixedOptions: RunOptions | undefined;
  private readonly noAsOfOptions: RunOptions;
  private clockOptions: { ms: number; options: RunOptions } | undefined;

  /** Statuses of the findings to hand out as records; `undefined`: all (the `statuses` option). */
  private readonly handedOut: ReadonlySet<FindingStatus> | undefined;

  /** Rule ids and policy codes to evaluate; `undefined`: all. */
  private readonly only: readonly string[] | undefined;
  private readonly included = new Map<string, boolean>();

  constructor(options: {
    asOf?: string;
    config?: unknown;
    org?: OrgFile;
    maxDelay?: number;
    rules?: readonly string[];
    statuses?: readonly FindingStatus[];
    lenientIds?: boolean;
    /** `false`: the speed layer keeps nothing (the `caches` audit option); the output is the same. */
    caches?: boolean;
    /** The caller's speed layer, kept across its audits (the `evaluator` audit option). */
    evaluator?: PreparedEvaluator;
  }) {
    // The audit's speed layer (#14): one per audit, created here and passed down, never module state —
    // or the caller's own, which it keeps across audits (#16).
    this.speed = options.evaluator ?? new PreparedEvaluator({ config: options.config, caches: options.caches });
    // Names as the catalogue spells them (`p08` → `P08`), once, so that every check below is exact.
    this.only = options.rules?.map((name) => getRule(name)?.id ?? getPolicy(name)?.code ?? name);
    this.handedOut = options.statuses === undefined ? undefined : new Set(options.statuses);
    this.config = options.config;
    this.resolved = this.speed.resolved;
    this.zone = this.resolved.zone;
    this.org = options.org;
    for (const p of options.org?.people ?? []) this.people.set(p.id, p);
    for (const d of options.org?.departments ?? []) {
      if (d.head !== undefined) this.heads.set(d.id, d.head);
    }
    this.orgIds = new OrgIdCheck(options.org, options.lenientIds === true);
    this.asOfOption = options.asOf === undefined ? undefined : this.speed.time.parse(options.asOf);
    this.asOfText = options.asOf ?? '';
    this.maxDelay = options.maxDelay;
    // The same options object for every evaluation, prepared (checked and resolved once, see `PreparedEvaluator`).
    this.fixedOptions = options.asOf === undefined ? undefined : this.speed.options(options.asOf);
    this.noAsOfOptions = this.speed.options();
  }

  /**
   * A live audit (`openAudit`) reads its next lines as of `asOf`, as a fresh audit given that option would:
   * the evaluations' options, the after-`asOf` marks. The caller checked `asOf` is an instant.
   */
  moveAsOf(asOf: string, ms: number): void {
    this.asOfOption = ms;
    this.asOfText = asOf;
    this.fixedOptions = this.speed.options(asOf);
  }

  /**
   * With an organisation file, a line naming a person or a department it does not know, with the closest
   * known id (#15: `m2` for `M2` became a phantom person that split M2's fine ladder); with `lenientIds`
   * nothing, and a warning record. Without one, nothing.
   */
  unknownId(event: Readonly<Record<string, unknown>>): Bilingual | undefined {
    return this.orgIds.check(event, this.line, this.out); // org-ids.ts: person fields, lenientIds (#15)
  }

  // ── lines ──────────────────────────────────────────────────────────────────────────────────────────

  beginLine(line: number): void {
    this.line = line;
    this.lines = line;
    this.inLine = true;
    this.lineRejected = false;
    this.lineAfterAsOf = false;
  }

  endLine(): void {
    this.inLine = false;
  }

  /** Reject the line being read, once, before it was accepted (bad JSON, bad event, late event…). */
  rejectFormat(code: RejectionCode, reason: Bilingual, error?: KefuError): void {
    if (this.lineRejected) return;
    this.lineRejected = true;
    this.rejectedFormat += 1;
    this.count(code);
    this.out.push({ type: 'rejected', rejected: rejection(this.line, code, reason, error) });
  }

  /**
   * Reject a line that was accepted as an event but that a rule could not use (its facts invalid, its
   * rule unknown, its case never opened). Counted once, whichever rule finds the problem. The reason is
   * given in English and Chinese (#15: `kefu audit --lang zh` shows every rejection in Chinese).
   */
  rejectLine(line: number, code: RejectionCode, reason: Bilingual, error?: KefuError): void {
    if (line === this.line && this.inLine && this.lineRejected) return;
    if (this.rejectedLater.has(line)) return;
    this.rejectedLater.add(line);
    if (line === this.line && this.inLine) this.lineRejected = true;
    this.count(code);
    this.out.push({ type: 'rejected', rejected: rejection(line, code, reason, error) });
  }

  private count(code: string): void {
    this.rejectedBy[code] = (this.rejectedBy[code] ?? 0) + 1;
  }

  get rejected(): number {
    return this.rejectedFormat + this.rejectedLater.size;
  }

  // ── the clock ──────────────────────────────────────────────────────────────────────────────────────

  observe(atMs: number): void {
    this.atMs = atMs;
    if (atMs > this.latest) this.latest = atMs;
    if (atMs < this.first) this.first = atMs;
  }

  /** Instant up to which the log is complete (`maxDelay` set), else `undefined`. */
  horizon(): number | undefined {
    return this.maxDelay === undefined || this.latest === Number.NEGATIVE_INFINITY
      ? undefined
      : this.latest - this.maxDelay;
  }

  /** The audit's `asOf` for open obligations: the option, else the log's latest instant. */
  finalAsOf(): number | undefined {
    if (this.asOfOption !== undefined) return this.asOfOption;
    return this.latest === Number.NEGATIVE_INFINITY ? undefined : this.latest;
  }

  iso(ms: number): string {
    return this.speed.time.format(ms, this.zone);
  }

  month(ms: number): number {
    // `monthIndexOf`, its civil date computed once per local day (events come in runs of the same day).
    const day = this.speed.time.localDay(ms, this.zone);
    if (day !== this.monthDay) {
      this.monthDay = day;
      this.monthOfDay = monthIndexOfDay(day);
    }
    return this.monthOfDay;
  }

  /** The month an instant is booked to: its own, or the first open one if its own is closed. */
  openMonth(ms: number): number {
    return Math.max(this.month(ms), this.openFrom);
  }

  /** Count `by` at `ms` (in its open month) on a month counter, or on a department's counter. */
  tally(counter: MonthCounter, ms: number, by?: number): void;
  tally(counter: DepartmentCounter, ms: number, by: number, department: string): void;
  tally(counter: Counter, ms: number, by = 1, department?: string): void {
    const name = tallyKey(counter, department);
    let perMonth = this.tallies.get(name);
    if (!perMonth) {
      perMonth = new Map();
      this.tallies.set(name, perMonth);
    }
    const month = this.openMonth(ms);
    perMonth.set(month, (perMonth.get(month) ?? 0) + by);
  }

  /** A month's count, removed (the month is being closed). */
  takeTally(counter: MonthCounter, month: number): number;
  takeTally(counter: DepartmentCounter, month: number, department: string): number;
  takeTally(counter: Counter, month: number, department?: string): number {
    const name = tallyKey(counter, department);
    const perMonth = this.tallies.get(name);
    const n = perMonth?.get(month) ?? 0;
    perMonth?.delete(month);
    return n;
  }

  /** The clock and the month tallies, for a checkpoint (counts are each audit's own: not carried). */
  save(): EngineState {
    return {
      first: this.first,
      latest: this.latest,
      openFrom: this.openFrom,
      tallies: this.tallies,
      mentioned: this.mentioned,
    };
  }

  /** Take up a checkpoint's clock and tallies (before any line is read). */
  restore(state: EngineState): void {
    this.first = state.first;
    this.latest = state.latest;
    this.openFrom = state.openFrom;
    for (const [name, perMonth] of state.tallies) this.tallies.set(name, perMonth);
    for (const rule of state.mentioned) this.mentioned.add(rule);
  }

  /** A periodic rule the organisation is held to: listed in the org file, or mentioned by the log. */
  wanted(rule: string): boolean {
    const listed = this.org?.obligations;
    return listed !== undefined ? listed.includes(rule) : this.mentioned.has(rule);
  }

  // ── organisation ───────────────────────────────────────────────────────────────────────────────────

  departmentOf(employee: string | undefined, explicit?: string): string | undefined {
    if (explicit !== undefined) return explicit;
    return employee === undefined ? undefined : this.people.get(employee)?.department;
  }

  // ── evaluation ─────────────────────────────────────────────────────────────────────────────────────

  rule(id: string): RuleInfo | undefined {
    if (this.rules.has(id)) return this.rules.get(id);
    const rule = getRule(id);
    this.rules.set(id, rule);
    return rule;
  }

  private optionsAt(ms: number | undefined): RunOptions {
    if (ms === undefined) return this.noAsOfOptions;
    if (this.clockOptions?.ms !== ms) {
      this.clockOptions = { ms, options: this.speed.options(this.speed.time.format(ms, this.zone)) };
    }
    return this.clockOptions.options;
  }

  /**
   * The options an evaluation runs with: the audit's `asOf` when given; otherwise, for an open obligation
   * judged at the end, the log's latest instant, and for a decision taken while reading, the log's clock
   * so far (a decided obligation does not depend on it).
   */
  private runOptions(final: boolean | undefined, asOf?: number): RunOptions {
    if (asOf !== undefined) return this.optionsAt(asOf);
    if (this.fixedOptions) return this.fixedOptions;
    if (final) return this.optionsAt(this.finalAsOf());
    return this.optionsAt(this.latest === Number.NEGATIVE_INFINITY ? undefined : this.latest);
  }

  /** Whether the `rules` option lets a rule be evaluated. */
  includes(ruleId: string): boolean {
    let yes = this.included.get(ruleId);
    if (yes === undefined) {
      yes = this.only === undefined || this.only.some((r) => r === ruleId || ruleId.startsWith(`${r}.`));
      this.included.set(ruleId, yes);
    }
    return yes;
  }

  /** Evaluate without recording anything (a look at an open obligation's due time). */
  probe(ruleId: string, facts: unknown, asOf: number): RuleResult | undefined {
    const rule = this.includes(ruleId) ? this.rule(ruleId) : undefined;
    if (!rule) return undefined;
    const outcome = rule.run(facts, this.optionsAt(asOf));
    return outcome.ok ? outcome.result : undefined;
  }

  /**
   * Evaluate a rule and record the finding. A rule error rejects the line being read, or (for an
   * obligation judged later) the first line of what it was built from. Returns the result, if any.
   */
  decide(ruleId: string, facts: unknown, meta: FindingMeta, asOf?: number): RuleResult | undefined {
    if (this.only !== undefined && !this.includes(ruleId)) return undefined;
    const rule = this.rule(ruleId);
    if (!rule) {
      const message = `unknown rule id ${ruleId}`;
      this.fail(meta, ruleId, { code: 'unknown-rule', message, issues: [{ path: ['rule'], message }] }, facts);
      return undefined;
    }
    const outcome = rule.run(facts, this.runOptions(meta.final, asOf));
    if (!outcome.ok) {
      this.fail(meta, ruleId, outcome.error, facts);
      return undefined;
    }
    this.record(meta, outcome.result);
    return outcome.result;
  }

  /**
   * Reject a line a rule refused (its facts invalid, a parameter not configured…), with the rule's message
   * and the same in Chinese, built from the error and the facts it refused (vocabulary/rule-error-zh.ts).
   */
  rejectRefused(line: number, ruleId: string, error: KefuError, facts: unknown): void {
    this.rejectLine(line, error.code, refusalWords(ruleId, error, this.rule(ruleId), facts), error);
  }

  private fail(meta: FindingMeta, ruleId: string, error: KefuError, facts: unknown): void {
    const line = this.inLine ? this.line : meta.lines[0];
    if (line !== undefined) {
      this.rejectRefused(line, ruleId, error, facts);
      return;
    }
    // An obligation no line stands for (a monthly report never submitted, a month's tally): reported as
    // line 0 and counted apart, so that lines = evaluated + rejected still holds.
    this.unjudged += 1;
    const words = refusalWords(ruleId, error, this.rule(ruleId), facts);
    const key = meta.key === undefined ? '' : ` (${meta.key})`;
    const keyZh = meta.key === undefined ? '' : `（${meta.key}）`;
    this.out.push({
      type: 'rejected',
      rejected: { line: 0, code: error.code, reason: `${words.en}${key}`, reasonZh: `${words.zh}${keyZh}`, error },
    });
  }

  /**
   * Whether a finding rests on something after `asOf`: the line deciding it, or the instant it belongs to
   * (an obligation that starts after `asOf`, judged as of `asOf`, would measure a negative time).
   */
  private afterAsOfFinding(meta: FindingMeta): boolean {
    const asOf = this.asOfOption;
    return asOf !== undefined && ((this.inLine && this.lineAfterAsOf) || meta.at > asOf);
  }

  private record(meta: FindingMeta, decided: RuleResult): void {
    const result = this.afterAsOfFinding(meta) ? withAfterAsOf(decided, this.asOfText) : decided;
    // Built field by field (no spreads): this runs once per finding, hundreds of thousands of times.
    const finding: { -readonly [K in keyof Finding]: Finding[K] } = { lines: meta.lines, result };
    if (meta.key !== undefined) finding.key = meta.key;
    if (meta.employee !== undefined) finding.employee = meta.employee;
    if (meta.department !== undefined) finding.department = meta.department;
    this.findings += 1;
    const status = result.status ?? 'computed';
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    let perPolicy = this.byPolicy[result.policy];
    if (!perPolicy) {
      perPolicy = {};
      this.byPolicy[result.policy] = perPolicy;
    }
    perPolicy[status] = (perPolicy[status] ?? 0) + 1;
    // Left out of the records, not out of the counts or the ledger.
    if (this.handedOut === undefined || this.handedOut.has(status)) this.out.push({ type: 'finding', finding });
    // The month close books what it decides itself: its findings never come back into the ledger.
    if (meta.bookedByCaller !== true) this.onFinding(finding, meta.at);
  }
}

/** A finding that rests on a line or an instant after `asOf`: said so in its warnings (issue #13). */
function withAfterAsOf(result: RuleResult, asOf: string): RuleResult {
  const warning = {
    code: 'after-as-of',
    en: `rests on an event or a fact dated after asOf (${asOf}): judged as of asOf all the same`,
    zh: `所依据的事件或事实晚于审计时点（${asOf}）：仍按审计时点判定`,
  };
  return { ...result, warnings: [...result.warnings, warning] };
}

/** A rejection record: the reason in English, and in Chinese as `reasonZh`. */
function rejection(line: number, code: RejectionCode, reason: Bilingual, error: KefuError | undefined): Rejection {
  return { line, code, reason: reason.en, reasonZh: reason.zh, ...(error && { error }) };
}

/** A rule's refusal in both languages, each led by the rule id. */
function refusalWords(ruleId: string, error: KefuError, rule: RuleInfo | undefined, facts: unknown): Bilingual {
  const en = error.message.startsWith(ruleId) ? error.message : `${ruleId}: ${error.message}`;
  return { en, zh: ruleErrorZh(ruleId, error, rule, facts) };
}
