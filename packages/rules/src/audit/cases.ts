/**
 * Open cases: a case gathers what its events said (instants, flags) until each of its timed obligations
 * is decided, then is freed. An obligation is decided as soon as both its start and its closing action are
 * known, whatever order their lines came in; one still open at the end is judged as of `asOf`. Memory is
 * the open cases only.
 */
import type * as z from 'zod';
import type { RuleInfo } from '../kernel/define-rule.js';
import type { Bilingual } from '../kernel/result.js';
import type { AuditEngine } from './engine.js';
import type { AuditEventType } from './events.js';
import { type MonthCounter, monthCounter } from './tallies.js';

/** A rule an obligation is judged by: the rule object itself (`p01.complaintReply`), not its id. */
export type ObligedRule = RuleInfo & { readonly facts: z.ZodType };

/** The facts a rule takes, as its callers give them (defaults may be left out). */
export type FactsOf<R extends ObligedRule> = z.input<R['facts']>;

export interface CaseBase {
  readonly key: string;
  readonly lines: number[];
  employee?: string | undefined;
  department?: string | undefined;
  /** Instant of the event `employee` (and of the one `department`) was taken from: the earliest wins. */
  employeeMs?: number;
  departmentMs?: number;
  /** The events that name someone: instant, employee, department (an obligation goes to its start's). */
  named?: Naming[];
  /** Latest event instant of the case. */
  last: number;
  /** The rule ids of the obligations decided (a case has a few: a list, in deciding order). */
  decided: string[];
  /** By rule id: the obligation's due time, known to be after the horizon of the last sweep. */
  due?: Record<string, number>;
  /** Month tallies (name, instant) held until the case is known to exist (see `tallyOnceReal`). */
  pendingTallies?: [string, number][];
}

/** Who answers for an obligation: an employee, a department, or both. */
export interface Party {
  readonly employee?: string | undefined;
  readonly department?: string | undefined;
}

export interface Obligation<C extends CaseBase, R extends ObligedRule = ObligedRule> {
  /** The rule that judges it; its facts builder is typed by the rule's facts. */
  readonly rule: R;
  /** The event types it reads (the vocabulary's `rules:` lists are derived from these). */
  readonly reads: readonly AuditEventType[];
  /**
   * Who answers for it, when that is not the case's own employee and department (another department's step
   * of the case); `undefined` from it: nobody named, so the finding goes to nobody's ledger. Default: the
   * case's employee and department.
   */
  readonly party?: (c: C) => Party | undefined;
  /** The obligation exists: its start is known and it applies. */
  readonly open: (c: C) => boolean;
  /** Its closing action is known: decide now. */
  readonly done: (c: C) => boolean;
  readonly facts: (c: C, engine: AuditEngine) => FactsOf<R> | Given<FactsOf<R>>;
  /** Instant the obligation starts (its month in the ledger). */
  readonly start: (c: C) => number;
  /**
   * For an obligation judged on a collection any later line may still add to (a route's steps, in time
   * order, whatever order their lines came in): never decided while reading but at the end, or with
   * `maxDelay` once the horizon has passed this instant (all the steps up to its closing action are then
   * in). `undefined` from it: not closed yet, swept as any other obligation.
   */
  readonly whole?: (c: C) => number | undefined;
}

/**
 * Facts whose values the event's schema checks more loosely than the rule does (a list of pages, dress
 * items named in free text): the field names are the rule's, checked here; the values are the rule's to
 * judge. For `… satisfies LooseFacts<typeof rule>`.
 */
export type LooseFacts<R extends ObligedRule> = { readonly [K in keyof FactsOf<R>]?: unknown };

/** An obligation of cases `C`, its facts builder typed by its rule: `obligation<Complaint>()({ rule, … })`. */
export const obligation =
  <C extends CaseBase>() =>
  <R extends ObligedRule>(o: Obligation<C, R>): Obligation<C> =>
    o as unknown as Obligation<C>;

/**
 * A fact an open obligation's start gives: present whenever the obligation is open (`open` checks it), so
 * its absence here is a defect of the family, reported as an internal error on the line, never a guess.
 */
export function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('an open obligation without its start');
  return value;
}

/**
 * Facts as the log gave them, for a rule that itself refuses what is missing (a record card with no
 * customer is the rule's to judge incomplete): typed field by field, presence left to the rule.
 */
export function given<F extends object>(facts: Partial<F>): Given<F> {
  return facts as Given<F>;
}

declare const givenBrand: unique symbol;
/** Facts built by `given`: the only way a builder may hand a rule facts it knows may be incomplete. */
export type Given<F> = Partial<F> & { readonly [givenBrand]: true };

/** Whether the case's obligation under `rule` is decided. */
export function isDecided(c: CaseBase, rule: ObligedRule): boolean {
  return c.decided.includes(rule.id);
}

/** Whether every obligation the case has opened is decided. */
export function allOpenDecided<C extends CaseBase>(c: C, obligations: readonly Obligation<C>[]): boolean {
  for (const o of obligations) if (o.open(c) && !c.decided.includes(o.rule.id)) return false;
  return true;
}

/** What a case book carries into a checkpoint: its open cases and the keys it settled recently. */
export interface CaseBookState<C extends CaseBase> {
  readonly cases: readonly C[];
  readonly settled: readonly (readonly [string, number])[];
}

export interface CaseSpec<C extends CaseBase> {
  readonly obligations: readonly Obligation<C>[];
  readonly create: (key: string) => C;
  /** Nothing more is expected for the case (e.g. it is closed and every obligation decided). */
  readonly complete: (c: C) => boolean;
  /** Why the case cannot be judged at the end (e.g. a reply with no complaint), in both languages, or `undefined`. */
  readonly orphan: (c: C) => Bilingual | undefined;
  /** Called once when the case is freed (to add it to monthly tallies). */
  readonly onFree?: (c: C, engine: AuditEngine) => void;
}

/**
 * The events that name someone, flat: instant, employee, department, instant, … (three slots an event, not
 * an array each: one is kept for most lines of most cases).
 */
type Naming = number | string | undefined;

/** Whether `(ms, id)` names a case before what it has (`(heldMs, held)`): earlier, or at one instant a smaller id. */
function earlier(ms: number, id: string, heldMs: number | undefined, held: string | undefined): boolean {
  if (heldMs === undefined || held === undefined) return true;
  return ms < heldMs || (ms === heldMs && id < held);
}

/**
 * Who answers for an obligation starting at `ms`: whoever the case's event at that instant (its start:
 * the receipt, the work order, the repair's completion…) names, else the case's earliest-named employee
 * and department. Taken from the start, which is read whenever the obligation is decided, the party does
 * not depend on which of the case's other lines came first.
 */
function partyAt(c: CaseBase, ms: number): Party {
  let employee: string | undefined;
  let department: string | undefined;
  const named = c.named ?? [];
  for (let i = 0; i < named.length; i += 3) {
    if (named[i] !== ms) continue;
    const e = named[i + 1];
    const d = named[i + 2];
    if (typeof e === 'string' && (employee === undefined || e < employee)) employee = e;
    if (typeof d === 'string' && (department === undefined || d < department)) department = d;
  }
  return { employee: employee ?? c.employee, department: department ?? c.department };
}

/** How long (log time) the keys of settled cases are remembered, to name a follow-up that comes too late. */
const REMEMBER_SETTLED = 62 * 24 * 3_600_000;

export class CaseBook<C extends CaseBase> {
  private readonly cases = new Map<string, C>();
  /** Keys of cases the horizon settled (`maxDelay`), in settling order, with when: bounded by age. */
  private readonly settled = new Map<string, number>();

  constructor(private readonly spec: CaseSpec<C>) {}

  get size(): number {
    return this.cases.size;
  }

  /** The case an event concerns (created on first sight); records the line and the ids. */
  touch(key: string, engine: AuditEngine, employee?: string, department?: string): C {
    let c = this.cases.get(key);
    if (c === undefined) {
      c = this.spec.create(key);
      this.cases.set(key, c);
    }
    c.lines.push(engine.line);
    if (engine.atMs > c.last) c.last = engine.atMs;
    // The case's employee and department come from the earliest event naming them, whatever order the
    // lines came in (at one instant, the smaller id, so that a tie does not depend on the order either).
    const at = engine.atMs;
    if (employee !== undefined && earlier(at, employee, c.employeeMs, c.employee)) {
      c.employee = employee;
      c.employeeMs = at;
    }
    const dept = engine.departmentOf(employee, department);
    if (dept !== undefined && earlier(at, dept, c.departmentMs, c.department)) {
      c.department = dept;
      c.departmentMs = at;
    }
    if (employee !== undefined || dept !== undefined) {
      c.named ??= [];
      c.named.push(at, employee, dept);
    }
    return c;
  }

  peek(key: string): C | undefined {
    return this.cases.get(key);
  }

  /**
   * Count `name` at `ms` in the month tallies once the case is known to exist (not an orphan): a follow-up
   * of a case never opened is rejected at the end, and a rejected line must not count in any finding. Held
   * until the opening line comes, whatever the order of lines; dropped with the orphan.
   */
  tallyOnceReal(c: C, engine: AuditEngine, counter: MonthCounter, ms: number): void {
    if (this.spec.orphan(c) === undefined) {
      engine.tally(counter, ms);
      return;
    }
    c.pendingTallies ??= [];
    c.pendingTallies.push([counter.name, ms]);
  }

  /** Decide what can be decided now; free the case when nothing more is expected. */
  settle(c: C, engine: AuditEngine): void {
    if (c.pendingTallies !== undefined && this.spec.orphan(c) === undefined) {
      for (const [name, ms] of c.pendingTallies) engine.tally(monthCounter(name), ms);
      c.pendingTallies = undefined;
    }
    for (const o of this.spec.obligations) {
      const id = o.rule.id;
      if (c.decided.includes(id)) continue;
      if (o.whole === undefined && o.open(c) && o.done(c) && this.partyKnown(c, o)) {
        c.decided.push(id);
        engine.decide(id, o.facts(c, engine), this.meta(c, o, false));
      }
    }
    if (this.spec.complete(c)) this.free(c, engine);
  }

  /**
   * Whether who answers for the obligation is known for good: its own party, or someone its start names.
   * Else it falls to the case's earliest-named employee and department, which a later line (earlier in
   * time) may still change: the obligation is then decided at the end (or by a sweep), not on a line.
   */
  private partyKnown(c: C, o: Obligation<C>): boolean {
    if (o.party !== undefined) return true;
    const ms = o.start(c);
    const named = c.named ?? [];
    for (let i = 0; i < named.length; i += 3) if (named[i] === ms) return true;
    return false;
  }

  private meta(c: C, o: Obligation<C>, final: boolean) {
    const who: Party | undefined = o.party === undefined ? partyAt(c, o.start(c)) : o.party(c);
    // A copy: the case's own list keeps growing after the finding is handed out.
    const lines = c.lines.slice();
    return { lines, key: c.key, employee: who?.employee, department: who?.department, at: o.start(c), final };
  }

  private free(c: C, engine: AuditEngine): void {
    this.cases.delete(c.key);
    this.spec.onFree?.(c, engine);
  }

  /** Judge every obligation still open, as of the audit's `asOf`, and free the case. */
  private finalise(c: C, engine: AuditEngine): void {
    let any = false;
    for (const o of this.spec.obligations) {
      const id = o.rule.id;
      if (c.decided.includes(id)) {
        any = true;
        continue;
      }
      if (o.open(c)) {
        any = true;
        c.decided.push(id);
        engine.decide(id, o.facts(c, engine), this.meta(c, o, true));
      }
    }
    const orphan = this.spec.orphan(c);
    if (!any && orphan !== undefined) {
      const settledAt = this.settled.get(c.key);
      for (const line of c.lines) {
        if (settledAt === undefined) engine.rejectLine(line, 'orphan-event', orphan);
        else {
          const settledIso = engine.iso(settledAt);
          engine.rejectLine(line, 'late-event', {
            en: `${c.key} was already settled at ${settledIso} (more than maxDelay after its last event); this follow-up comes too late to change it`,
            zh: `${c.key} 已于 ${settledIso} 结算（距其最后一个事件超过 maxDelay）；这一后续事件来得太晚，不能再改变它`,
          });
        }
      }
    }
    this.free(c, engine);
  }

  /** The open cases and recently settled keys, for a checkpoint (the live objects: the caller encodes them). */
  save(): CaseBookState<C> {
    return { cases: [...this.cases.values()], settled: [...this.settled] };
  }

  /** Take up a checkpoint's cases (on a fresh book, before any line is read). */
  restore(state: CaseBookState<C>): void {
    for (const c of state.cases) this.cases.set(c.key, c);
    for (const [key, at] of state.settled) this.settled.set(key, at);
  }

  finish(engine: AuditEngine): void {
    for (const c of [...this.cases.values()]) this.finalise(c, engine);
  }

  /**
   * `maxDelay` set: the log is complete up to `horizon`. An obligation whose due time has passed the
   * horizon is breached whatever comes later, so it is decided now; a case idle since before the horizon
   * with nothing left open is freed.
   */
  sweep(horizon: number, engine: AuditEngine): void {
    for (const c of [...this.cases.values()]) {
      let open = false;
      for (const o of this.spec.obligations) {
        const id = o.rule.id;
        if (c.decided.includes(id) || !o.open(c)) continue;
        const closed = o.whole?.(c);
        if (closed !== undefined) {
          if (closed >= horizon) open = true;
          else {
            c.decided.push(id);
            engine.decide(id, o.facts(c, engine), this.meta(c, o, true));
          }
          continue;
        }
        const knownDue = c.due?.[id];
        if (knownDue !== undefined && knownDue >= horizon) {
          open = true;
          continue;
        }
        const facts = o.facts(c, engine);
        const probe = engine.probe(id, facts, horizon);
        const due = probe?.dueAt === undefined ? undefined : Date.parse(probe.dueAt);
        if (probe === undefined || due === undefined || due < horizon) {
          c.decided.push(id);
          engine.decide(id, facts, this.meta(c, o, true));
        } else {
          c.due ??= {};
          c.due[id] = due;
          open = true;
        }
      }
      if (!open && c.last < horizon) {
        this.finalise(c, engine);
        this.settled.delete(c.key); // re-inserted last: the map stays in settling order
        this.settled.set(c.key, horizon);
      }
    }
    for (const [key, at] of this.settled) {
      if (at >= horizon - REMEMBER_SETTLED) break;
      this.settled.delete(key);
    }
  }
}
