/**
 * Open cases: a case gathers what its events said (instants, flags) until each of its timed obligations
 * is decided, then is freed. An obligation is decided as soon as both its start and its closing action are
 * known, whatever order their lines came in; one still open at the end is judged as of `asOf`. Memory is
 * the open cases only.
 */
import type { AuditEngine } from './engine.js';

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
  /** Bit i set: obligation i decided. */
  decided: number;
  /** Bit i set: obligation i's due time is known to be after `dueProbe[i]` (sweeps). */
  due?: number[];
  /** Month tallies (name, instant) held until the case is known to exist (see `tallyOnceReal`). */
  pendingTallies?: [string, number][];
}

/** Who answers for an obligation: an employee, a department, or both. */
export interface Party {
  readonly employee?: string | undefined;
  readonly department?: string | undefined;
}

export interface Obligation<C extends CaseBase> {
  readonly rule: string;
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
  readonly facts: (c: C, engine: AuditEngine) => Record<string, unknown>;
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

export interface CaseSpec<C extends CaseBase> {
  readonly obligations: readonly Obligation<C>[];
  readonly create: (key: string) => C;
  /** Nothing more is expected for the case (e.g. it is closed and every obligation decided). */
  readonly complete: (c: C) => boolean;
  /** Why the case cannot be judged at the end (e.g. a reply with no complaint), or `undefined`. */
  readonly orphan: (c: C) => string | undefined;
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
  tallyOnceReal(c: C, engine: AuditEngine, name: string, ms: number): void {
    if (this.spec.orphan(c) === undefined) {
      engine.tally(name, ms);
      return;
    }
    c.pendingTallies ??= [];
    c.pendingTallies.push([name, ms]);
  }

  /** Decide what can be decided now; free the case when nothing more is expected. */
  settle(c: C, engine: AuditEngine): void {
    if (c.pendingTallies !== undefined && this.spec.orphan(c) === undefined) {
      for (const [name, ms] of c.pendingTallies) engine.tally(name, ms);
      c.pendingTallies = undefined;
    }
    const obligations = this.spec.obligations;
    for (let i = 0; i < obligations.length; i += 1) {
      const bit = 1 << i;
      const o = obligations[i];
      if (o === undefined || (c.decided & bit) !== 0) continue;
      if (o.whole === undefined && o.open(c) && o.done(c) && this.partyKnown(c, o)) {
        c.decided |= bit;
        engine.decide(o.rule, o.facts(c, engine), this.meta(c, o, false));
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
    const obligations = this.spec.obligations;
    let any = false;
    for (let i = 0; i < obligations.length; i += 1) {
      const bit = 1 << i;
      const o = obligations[i];
      if (o === undefined) continue;
      if ((c.decided & bit) !== 0) {
        any = true;
        continue;
      }
      if (o.open(c)) {
        any = true;
        c.decided |= bit;
        engine.decide(o.rule, o.facts(c, engine), this.meta(c, o, true));
      }
    }
    const orphan = this.spec.orphan(c);
    if (!any && orphan !== undefined) {
      const settledAt = this.settled.get(c.key);
      for (const line of c.lines) {
        if (settledAt === undefined) engine.rejectLine(line, 'orphan-event', orphan);
        else {
          engine.rejectLine(
            line,
            'late-event',
            `${c.key} was already settled at ${engine.iso(settledAt)} (more than maxDelay after its last event); this follow-up comes too late to change it`,
          );
        }
      }
    }
    this.free(c, engine);
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
    const obligations = this.spec.obligations;
    for (const c of [...this.cases.values()]) {
      let open = false;
      for (let i = 0; i < obligations.length; i += 1) {
        const bit = 1 << i;
        const o = obligations[i];
        if (o === undefined || (c.decided & bit) !== 0 || !o.open(c)) continue;
        const closed = o.whole?.(c);
        if (closed !== undefined) {
          if (closed >= horizon) open = true;
          else {
            c.decided |= bit;
            engine.decide(o.rule, o.facts(c, engine), this.meta(c, o, true));
          }
          continue;
        }
        const knownDue = c.due?.[i];
        if (knownDue !== undefined && knownDue >= horizon) {
          open = true;
          continue;
        }
        const facts = o.facts(c, engine);
        const probe = engine.probe(o.rule, facts, horizon);
        const due = probe?.dueAt === undefined ? undefined : Date.parse(probe.dueAt);
        if (probe === undefined || due === undefined || due < horizon) {
          c.decided |= bit;
          engine.decide(o.rule, facts, this.meta(c, o, true));
        } else {
          c.due ??= [];
          c.due[i] = due;
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
