/**
 * The ledger: per person per month, what the findings cost. Everything reaches it as a posting through
 * `post` (postings.ts): the findings callback turns each priced finding into postings, the families post what
 * the month close needs (through `scoring`, `impose`, `breach`, `owe`), and the month close posts what its
 * steps decide (month-close.ts). A month is closed once (at the end, or once the log's horizon passes it);
 * then its working state is dropped and only its `LedgerEntry` rows remain. `save` and `restore` carry the
 * open state across a checkpoint (state.ts).
 */
import type { Debt } from '../../policies/p09-retail-complaints/carry-over.js';
import { ownerQuarrel } from '../../policies/p12-staff-scoring/owner-quarrel.js';
import type { AuditEngine } from '../engine.js';
import { monthKey } from '../months.js';
import type { Finding, LedgerEntry, LedgerPart } from '../types.js';
import { apply, PersonMonth } from './book.js';
import { merged } from './debts.js';
import { LadderHistory } from './ladder.js';
import { type CloseContext, MONTH_CLOSE, runClose } from './month-close.js';
import type { Breach, ImposedSanction, Posting } from './postings.js';
import { type PricedFor, postingsOfResult } from './priced.js';
import { monthRules } from './scoring.js';
import { type ScoringMonth, scoringSink } from './sink.js';
import { type LedgerState, rowFromState, rowToState } from './state.js';

export type { Posting } from './postings.js';
export type { LedgerState } from './state.js';

export class Ledger {
  private readonly months = new Map<number, Map<string, PersonMonth>>();
  private ladder: LadderHistory;
  /** P09 amounts carried into the next month under the 50% cap, by employee, with the months first owed. */
  private carried = new Map<string, readonly Debt[]>();
  /** P09 sanction deductions carried into the next month outside the cap, by employee, likewise. */
  private sanctionCarried = new Map<string, readonly Debt[]>();
  private readonly entries: LedgerEntry[] = [];
  /** Set: settled rows are handed out here instead of kept (the `streamLedger` option). */
  onEntry: ((entry: LedgerEntry) => void) | undefined;
  private readonly ladderScope: readonly string[];
  /** Whether each rule seen is in `ladderScope` (asked once per breached finding). */
  private readonly ladderRules = new Map<string, boolean>();
  /**
   * Whether P12's months are judged (a month ladder or the month's score is among the rules evaluated).
   * When not, the families need not gather each call and arrival into the person's month.
   */
  readonly scoresMonths: boolean;
  private readonly pricedFor: PricedFor;

  constructor(private readonly engine: AuditEngine) {
    this.ladder = new LadderHistory(engine);
    // P10 (五)1 prices breaches of P10's own service rules; other policies join only when the org says so.
    this.ladderScope = engine.org?.ladder ?? ['P10'];
    this.scoresMonths = monthRules.some((id) => engine.includes(id));
    const inLadder = (ruleId: string) => this.inLadder(ruleId);
    // Built field by field (no spread): the callback runs once per priced finding.
    this.pricedFor = (at) => ({
      employee: at.employee,
      month: at.month,
      department: at.department,
      at: at.at,
      lines: at.lines,
      key: at.key,
      monthlyBonus: engine.people.get(at.employee)?.monthlyBonus,
      inLadder,
    });
    engine.onFinding = (finding, at) => this.book(finding, at);
  }

  /**
   * Carry on from `save`'s state: its open months, the ladder's history, the carried balances. In place (on
   * a fresh ledger, before any line is read): the families hold this ledger from their construction.
   */
  restore(state: LedgerState): void {
    this.months.clear();
    for (const { month, rows } of state.months) {
      this.months.set(month, new Map(rows.map((r) => [r.employee, rowFromState(r)])));
    }
    this.ladder = LadderHistory.fromState(this.engine, state.ladder);
    this.carried = new Map(state.carriedUnderCap.map((c) => [c.employee, [...c.debts]]));
    this.sanctionCarried = new Map(state.carriedOutside.map((c) => [c.employee, [...c.debts]]));
  }

  /** The open state as plain data: never a closed month's rows (those were handed out or are in `result`). */
  save(): LedgerState {
    const byEmployee = (a: { employee: string }, b: { employee: string }) => (a.employee < b.employee ? -1 : 1);
    return {
      months: this.pendingMonths().map((month) => ({
        month,
        rows: [...(this.months.get(month)?.values() ?? [])].sort(byEmployee).map(rowToState),
      })),
      ladder: this.ladder.toState(),
      carriedUnderCap: [...this.carried].map(([employee, debts]) => ({ employee, debts: [...debts] })),
      carriedOutside: [...this.sanctionCarried].map(([employee, debts]) => ({ employee, debts: [...debts] })),
    };
  }

  /** The one way into the ledger. A posting for a closed month goes to the first open one. */
  post(p: Posting): void {
    apply(this.row(p.employee, p.month, p.department), p, this.engine.zone, this.engine.speed.time);
  }

  private row(employee: string, month: number, department?: string): PersonMonth {
    const index = Math.max(month, this.engine.openFrom);
    let perMonth = this.months.get(index);
    if (!perMonth) {
      perMonth = new Map();
      this.months.set(index, perMonth);
    }
    let pm = perMonth.get(employee);
    if (!pm) {
      // The row's department is the organisation file's when it names the person: a line naming another
      // department (an event's `department`) must not move the whole month's row, whatever line comes first.
      pm = new PersonMonth(employee, index, this.engine.people.get(employee)?.department ?? department);
      perMonth.set(employee, pm);
    }
    return pm;
  }

  // ── what the families post (each a thin producer of postings) ──────────────────────────────────────

  /**
   * The P12 month of a person, for the families that gather it (arrivals, calls, conduct): each item they
   * add is a `scoring` posting (sink.ts). The line is cited by the month's score.
   */
  scoring(employee: string, month: number, line: number): ScoringMonth {
    const index = Math.max(month, this.engine.openFrom);
    this.post({ kind: 'scoring', employee, month: index, line, source: 'line' });
    const row = this.row(employee, index);
    row.sink ??= scoringSink(
      (item) => this.post({ kind: 'scoring', employee, month: index, source: item.type, item }),
      () => row.scoringTally(),
    );
    return row.sink;
  }

  /** An administrative sanction, priced when its month closes (after the month's capped loss deductions). */
  impose(employee: string, imposed: ImposedSanction, department?: string): void {
    const month = this.engine.month(imposed.at);
    this.post({ kind: 'imposed', employee, month, department, source: 'sanction-imposed', imposed });
  }

  /** A breach the P10 ladder must price (a `service-rule` conduct breach, or an unpriced rule breach). */
  breach(employee: string, breach: Breach, department?: string): void {
    const month = this.engine.month(breach.at);
    const priced = { ...breach, department: this.engine.departmentOf(employee, department) };
    this.post({ kind: 'breach', employee, month, department, source: breach.rule, breach: priced });
  }

  /** A complaint loss owed under P09 第二十一條 3's cap (a `loss-assessed` line naming the person). */
  owe(employee: string, month: number, fen: number, department?: string): void {
    this.post({ kind: 'loss-owed', employee, month, department, source: 'loss-assessed', fen });
  }

  /**
   * @deprecated `owe(employee, month, fen, department)`: kept for `ledger.person(…).cappedOwedFen += fen`,
   * which it turns into a `loss-owed` posting.
   */
  person(employee: string, month: number, department?: string): { cappedOwedFen: number } {
    const read = () => this.row(employee, month, department).cappedOwedFen;
    const owe = (fen: number) => this.owe(employee, month, fen, department);
    return {
      get cappedOwedFen() {
        return read();
      },
      set cappedOwedFen(total: number) {
        owe(total - read());
      },
    };
  }

  private inLadder(ruleId: string): boolean {
    let yes = this.ladderRules.get(ruleId);
    if (yes === undefined) {
      yes = this.ladderScope.some((scope) => scope === '*' || scope === ruleId || ruleId.startsWith(`${scope}.`));
      this.ladderRules.set(ruleId, yes);
    }
    return yes;
  }

  /** The findings callback: a finding the families recorded, as postings. The month close's never come here. */
  private book(finding: Finding, at: number): void {
    const employee = finding.employee;
    if (employee === undefined) return;
    const r = finding.result;
    // Most findings cost nothing: met, pending, no sanction. Only breaches, sanctions and the ledger's
    // own compute rules are booked.
    if (r.sanctions.length === 0 && r.status !== 'breached' && r.kind === 'check') return;
    // P12 is booked only through the month's score, which the close posts: not the itemised results (each
    // item is in the person's month), and not a P12.monthly-score a `facts` event hands in (judged as given;
    // booking it too would count the month's items twice). P12.owner-quarrel is no item of the score (a
    // sanction, no points: 4.2.2(1)), so its sanction is booked as it is found.
    if (r.policy === 'P12' && r.ruleId !== ownerQuarrel.id) return;
    // The capped deduction is the close's own (bonus.ts): a `facts` event's is judged, not booked.
    if (r.ruleId === 'P09.bonus-deduction') return;
    // A breach without a price outside the ladder's scope costs nothing either (priced.ts).
    if (
      r.sanctions.length === 0 &&
      r.ruleId !== 'P09.loss-share' &&
      r.ruleId !== 'P10.joint-liability' &&
      !(r.kind === 'check' && r.status === 'breached' && this.inLadder(r.ruleId))
    ) {
      return;
    }
    const priced = this.pricedFor({
      employee,
      month: this.engine.month(at),
      department: finding.department,
      at,
      lines: finding.lines,
      key: finding.key,
    });
    for (const p of postingsOfResult(r, priced)) this.post(p);
  }

  /** Close a month, and first any earlier month still held (never dropped unsettled). */
  closeMonth(month: number): void {
    // A month held here but before the first one the log closes (an absence dated before the log's first
    // event, a facts event's earlier month) is settled first, in order.
    for (const earlier of this.pendingMonths()) if (earlier < month) this.settle(earlier);
    this.settle(month);
  }

  private settle(month: number): void {
    const engine = this.engine;
    const people = this.months.get(month) ?? new Map<string, PersonMonth>();
    this.months.set(month, people);
    // Everyone in the organisation gets a row each month, and anyone carrying a P09 balance.
    for (const p of engine.org?.people ?? []) this.row(p.id, month, p.department);
    for (const employee of this.carried.keys()) this.row(employee, month);
    for (const employee of this.sanctionCarried.keys()) this.row(employee, month);
    const rows = () => [...people.values()].sort((a, b) => (a.employee < b.employee ? -1 : 1));
    const carried = this.carried;
    const sanctionCarried = this.sanctionCarried;
    const ctx: CloseContext = {
      engine,
      ladder: this.ladder,
      scoresMonths: this.scoresMonths,
      carriedIn: (employee) => ({
        underCap: carried.get(employee) ?? [],
        outside: sanctionCarried.get(employee) ?? [],
      }),
      pricedFor: this.pricedFor,
    };
    runClose(MONTH_CLOSE, rows, ctx, (p) => this.post(p));
    this.carried = new Map();
    this.sanctionCarried = new Map();
    for (const pm of rows()) {
      if (pm.carryUnderCap.length > 0) this.carried.set(pm.employee, pm.carryUnderCap);
      if (pm.carryOutside.length > 0) this.sanctionCarried.set(pm.employee, pm.carryOutside);
      const entry = entryOf(pm);
      if (this.onEntry) this.onEntry(entry);
      else this.entries.push(entry);
    }
    this.months.delete(month);
  }

  /** Months with booked state, in order (the engine closes them all at the end). */
  pendingMonths(): number[] {
    return [...this.months.keys()].sort((a, b) => a - b);
  }

  result(): LedgerEntry[] {
    return [...this.entries].sort((a, b) =>
      a.month === b.month ? (a.employee < b.employee ? -1 : 1) : a.month < b.month ? -1 : 1,
    );
  }
}

function parts(debts: readonly Debt[]): LedgerPart[] {
  return merged(debts).map((d) => ({ month: monthKey(d.from), amount: d.fen / 100, clause: d.clause }));
}

function entryOf(pm: PersonMonth): LedgerEntry {
  return {
    employee: pm.employee,
    ...(pm.department !== undefined && { department: pm.department }),
    month: monthKey(pm.month),
    fines: (pm.finesFen + pm.jointFen) / 100,
    wageDeductions: pm.wageFen / 100,
    bonusDeductions: (pm.takenFen + pm.uncappedFen) / 100,
    carriedOver: pm.carriedFen / 100,
    charges: pm.chargesFen / 100,
    // P12.monthly-score gives the score; should it fail (its rejection is reported), base 100 plus points.
    score: pm.score ?? (10_000 + pm.centiPoints) / 100,
    points: pm.centiPoints / 100,
    // Booking order follows the order lines came in; the entry does not.
    sanctions: pm.sanctions
      .map((s) => [JSON.stringify(s), s] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, s]) => s),
    // Added after the fields above (issue #15) so that their order in the JSON stays as it was.
    ownFines: pm.finesFen / 100,
    jointFines: pm.jointFen / 100,
    pointsAdded: pm.centiAdded / 100,
    pointsDeducted: pm.centiDeducted / 100,
    bonusDeductionsFrom: parts(pm.bonusFrom),
    carriedOverFrom: parts([...pm.carryUnderCap, ...pm.carryOutside]),
  };
}
