/**
 * The ledger: per person per month, what the findings cost. Findings are booked as they are recorded;
 * a month is settled once it is closed (at the end, or once the log's horizon passes it): P12 month
 * score, P10 ladder and joint liability, P09 capped bonus deductions with carry-over, then P09 sanction
 * deductions on what the bonus has left. Then the month's working state is dropped and only its
 * `LedgerEntry` rows remain.
 */
import type { RuleResult } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import type { AuditEngine } from '../engine.js';
import { monthKey } from '../months.js';
import type { Finding, LedgerEntry, LedgerPart } from '../types.js';
import { deductBonus } from './bonus.js';
import { addLine, type Breach, fen, type ImposedSanction, PersonMonth, type ScoringMonth } from './book.js';
import { type Debt, merged, totalFen } from './debts.js';
import { jointLiability, LadderHistory } from './ladder.js';
import { priceSanctions } from './sanctions.js';
import { monthRules, scoreMonth } from './scoring.js';

export class Ledger {
  private readonly months = new Map<number, Map<string, PersonMonth>>();
  private readonly ladder: LadderHistory;
  /** P09 amounts carried into the next month under the 50% cap, by employee, with the months first owed. */
  private carried = new Map<string, readonly Debt[]>();
  /** P09 sanction deductions carried into the next month outside the cap, by employee, likewise. */
  private sanctionCarried = new Map<string, readonly Debt[]>();
  /** A month is being settled: the ledger books its own P09.sanction-deduction results (sanctions.ts). */
  private settling = false;
  private readonly entries: LedgerEntry[] = [];
  /** Set: settled rows are handed out here instead of kept (the `streamLedger` option). */
  onEntry: ((entry: LedgerEntry) => void) | undefined;
  private readonly ladderScope: readonly string[];
  /**
   * Whether P12's months are judged (a month ladder or the month's score is among the rules evaluated).
   * When not, the families need not gather each call and arrival into the person's month.
   */
  readonly scoresMonths: boolean;

  constructor(private readonly engine: AuditEngine) {
    this.ladder = new LadderHistory(engine);
    // P10 (五)1 prices breaches of P10's own service rules; other policies join only when the org says so.
    this.ladderScope = engine.org?.ladder ?? ['P10'];
    this.scoresMonths = monthRules.some((id) => engine.includes(id));
    engine.onFinding = (finding, at) => this.book(finding, at);
  }

  /** PLACEHOLDER until the ledger's state is plain data (h-ledger): a checkpoint cannot hold it yet. */
  save(): unknown {
    throw new Error('the ledger cannot save its state yet');
  }

  restore(_state: unknown): void {
    throw new Error('the ledger cannot restore a state yet');
  }

  person(employee: string, month: number, department?: string): PersonMonth {
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

  /** The P12 month of a person, for the families that gather it (arrivals, calls, conduct). */
  scoring(employee: string, month: number, line: number): ScoringMonth {
    const s = this.person(employee, month).scoringMonth();
    addLine(s.lines, line);
    return s;
  }

  /** An administrative sanction, priced when its month closes (after the month's capped loss deductions). */
  impose(employee: string, sanction: ImposedSanction, department?: string): void {
    this.person(employee, this.engine.month(sanction.at), department).imposed.push(sanction);
  }

  /** A breach the P10 ladder must price (a `service-rule` conduct breach, or an unpriced rule breach). */
  breach(employee: string, breach: Breach, department?: string): void {
    this.person(employee, this.engine.month(breach.at), department).breaches.push({
      ...breach,
      department: this.engine.departmentOf(employee, department),
    });
  }

  private inLadder(ruleId: string): boolean {
    for (const scope of this.ladderScope) {
      if (scope === '*' || scope === ruleId || ruleId.startsWith(`${scope}.`)) return true;
    }
    return false;
  }

  private book(finding: Finding, at: number): void {
    const employee = finding.employee;
    if (employee === undefined) return;
    const r = finding.result;
    // Most findings cost nothing: met, pending, no sanction. Only breaches, sanctions and the ledger's
    // own compute rules are booked.
    if (r.sanctions.length === 0 && r.status !== 'breached' && r.kind === 'check') return;
    // P12 is booked only through the month's score, which `closeMonth` books itself: not the itemised
    // results (each item is in the person's ScoringMonth), and not a P12.monthly-score a `facts` event
    // hands in (judged as given; booking it too would count the month's items twice).
    if (r.policy === 'P12') return;
    if (r.ruleId === 'P09.bonus-deduction') return;
    // Sanctions priced at month close are booked by `priceSanctions`; a `facts` event's is booked as given.
    if (r.ruleId === 'P09.sanction-deduction' && this.settling) return;
    const pm = this.person(employee, this.engine.month(at), finding.department);
    if (r.ruleId === 'P09.loss-share') {
      if (typeof r.value === 'number') pm.cappedOwedFen += fen(r.value);
      return;
    }
    const joint = r.ruleId === 'P10.joint-liability';
    // A fine is the liability of the head of the department it was incurred in (the finding's).
    const department = finding.department ?? pm.department;
    for (const s of r.sanctions) this.bookSanction(pm, s, joint, department);
    if (joint && r.sanctions.length === 0 && typeof r.value === 'number') {
      pm.jointFen += fen(r.value);
      pm.sanctions.push({ type: 'fine', amount: r.value, clause: r.clause, note: 'joint liability' });
    }
    if (r.kind === 'check' && r.status === 'breached' && r.sanctions.length === 0 && this.inLadder(r.ruleId)) {
      pm.breaches.push({ rule: r.ruleId, at, lines: finding.lines, key: finding.key, department });
    }
  }

  private bookSanction(pm: PersonMonth, s: Sanction, joint: boolean, department: string | undefined): void {
    pm.sanctions.push(s);
    switch (s.type) {
      case 'fine': {
        const amount = fen(s.amount);
        if (joint) {
          pm.jointFen += amount;
          return;
        }
        pm.finesFen += amount;
        if (department !== undefined) {
          pm.finesByDepartment.set(department, (pm.finesByDepartment.get(department) ?? 0) + amount);
        }
        return;
      }
      case 'wage-deduction':
        pm.wageFen += fen(s.amount);
        return;
      case 'charge':
        pm.chargesFen += fen(s.amount);
        return;
      case 'bonus-deduction': {
        const bonus = this.engine.people.get(pm.employee)?.monthlyBonus;
        const amount = fen(s.amount ?? (s.share !== undefined && bonus !== undefined ? s.share * bonus : 0));
        pm.uncappedFen += amount;
        if (amount > 0) pm.bonusFrom.push({ from: pm.month, fen: amount, clause: s.clause });
        return;
      }
      case 'points': {
        const centi = Math.round(s.points * 100);
        pm.centiPoints += centi;
        if (centi > 0) pm.centiAdded += centi;
        else pm.centiDeducted -= centi;
        return;
      }
      default:
        return;
    }
  }

  private bookScore(pm: PersonMonth, r: RuleResult): void {
    const v = r.value as { score?: unknown; deductions?: unknown; merits?: unknown } | undefined;
    if (typeof v?.score === 'number') pm.score = v.score;
    for (const s of r.sanctions) this.bookSanction(pm, s, false, pm.department);
  }

  /** Settle a month: score, ladder, joint liability, bonus, sanctions; then keep only its entries. */
  closeMonth(month: number): void {
    this.settling = true;
    try {
      // A month held here but before the first one the log closes (an absence dated before the log's first
      // event, a facts event's earlier month) is settled first, in order: never dropped unsettled.
      for (const earlier of this.pendingMonths()) if (earlier < month) this.settle(earlier);
      this.settle(month);
    } finally {
      this.settling = false;
    }
  }

  private settle(month: number): void {
    const engine = this.engine;
    const people = this.months.get(month) ?? new Map<string, PersonMonth>();
    this.months.set(month, people);
    // Everyone in the organisation gets a row each month, and anyone carrying a P09 balance.
    for (const p of engine.org?.people ?? []) this.person(p.id, month, p.department);
    for (const employee of this.carried.keys()) this.person(employee, month);
    for (const employee of this.sanctionCarried.keys()) this.person(employee, month);
    const sorted = [...people.values()].sort((a, b) => (a.employee < b.employee ? -1 : 1));
    for (const pm of sorted) {
      const score = this.scoresMonths ? scoreMonth(pm, engine) : undefined;
      if (score) this.bookScore(pm, score);
    }
    this.ladder.run(sorted, engine);
    jointLiability(sorted, engine);
    const carried = new Map<string, readonly Debt[]>();
    const sanctionCarried = new Map<string, readonly Debt[]>();
    for (const pm of [...people.values()].sort((a, b) => (a.employee < b.employee ? -1 : 1))) {
      const left = deductBonus(pm, this.carried.get(pm.employee) ?? [], engine);
      const sanctions = priceSanctions(pm, this.sanctionCarried.get(pm.employee) ?? [], engine);
      const capped = [...left, ...sanctions.capped];
      pm.carriedFen = totalFen(capped) + totalFen(sanctions.uncapped);
      pm.carriedFrom = [...capped, ...sanctions.uncapped];
      if (capped.length > 0) carried.set(pm.employee, capped);
      if (sanctions.uncapped.length > 0) sanctionCarried.set(pm.employee, sanctions.uncapped);
      const entry = entryOf(pm);
      if (this.onEntry) this.onEntry(entry);
      else this.entries.push(entry);
    }
    this.carried = carried;
    this.sanctionCarried = sanctionCarried;
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
    carriedOverFrom: parts(pm.carriedFrom),
  };
}
