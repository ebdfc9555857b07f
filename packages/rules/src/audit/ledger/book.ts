/**
 * The ledger's working state: one `PersonMonth` per employee and month while the month is open, changed only by
 * `apply` (one posting at a time, postings.ts). Amounts are integer fen (the catalogue's money rule); they become
 * yuan only in the finished `LedgerEntry`.
 */
import type { InstantCodec } from '../../kernel/instant-codec.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { type Debt, totalFen } from '../../policies/p09-retail-complaints/carry-over.js';
import { CallList } from './calls.js';
import { LatenessList } from './lateness.js';
import type { Breach, ImposedSanction, Occurrence, Posting, ScoringItem, Severity } from './postings.js';
import type { ScoringMonth } from './sink.js';

export type { Breach, ImposedSanction, Occurrence } from './postings.js';

/** What P12.monthly-score needs for one person and month (the catalogue's fact names). */
export interface ScoringTally {
  /** Packed like the calls (lateness.ts). */
  readonly lateness: LatenessList;
  readonly absentDays: string[];
  /** Packed (see calls.ts): without `maxDelay` every month's calls stay to the end of the log. */
  readonly calls: CallList;
  /** Chatting and reading occurrences: instant and the severity given (the ladder's 3rd and 4th steps). */
  readonly chats: Occurrence[];
  readonly readings: Occurrence[];
  readonly dress: { missing: readonly string[]; employee: string }[];
  readonly grooming: { severity: Severity; aspect?: string; employee: string }[];
  posture: number;
  readonly dozing: { severity: Severity; employee: string }[];
  readonly serviceComplaints: { severity: Severity; employee: string }[];
  readonly praise: { severity: Severity; employee: string }[];
  /** P12 4.3: merits for good work (their amount the organisation's, P12.good-work). */
  goodWork: number;
  /**
   * A day's wage given by a `facts` event for P12.absence: used only when the organisation file gives the
   * person none (the file is what prices `absent` events, so it wins over a line's own figure).
   */
  dayWage: number | undefined;
  /** Lines that fed the month (capped: a month's score cites a sample, not thousands of lines). */
  readonly lines: number[];
}

function emptyTally(): ScoringTally {
  return {
    lateness: new LatenessList(),
    absentDays: [],
    calls: new CallList(),
    chats: [],
    readings: [],
    dress: [],
    grooming: [],
    posture: 0,
    dozing: [],
    serviceComplaints: [],
    praise: [],
    goodWork: 0,
    dayWage: undefined,
    lines: [],
  };
}

export class PersonMonth {
  finesFen = 0;
  /**
   * The same fines by the department each was incurred in (P10 連帶責任: that department's head pays double),
   * which need not be the person's own department (an event's `department`).
   */
  readonly finesByDepartment = new Map<string, number>();
  /** Fines this person owes as a department head for others (never cascades further). */
  jointFen = 0;
  wageFen = 0;
  chargesFen = 0;
  /** P09 complaint-loss deductions owed this month: capped at 50% of the bonus, the rest carried. */
  cappedOwedFen = 0;
  /** Bonus deductions outside the cap: sanction deductions (sanctions.ts), a rule's own bonus deductions. */
  uncappedFen = 0;
  /** Complaint-loss deductions taken this month under the cap (bonus.ts). */
  takenFen = 0;
  /** The bonus deductions taken this month (`takenFen` + `uncappedFen`) by the month each was first owed. */
  readonly bonusFrom: Debt[] = [];
  /** Carried into the next month under the cap (capped complaint losses, shared-cap sanctions). */
  readonly carryUnderCap: Debt[] = [];
  /** Carried into the next month outside the cap (sanction deductions its bonus could not pay). */
  readonly carryOutside: Debt[] = [];
  /** Administrative sanctions of the month, priced at month close after the capped loss deductions. */
  readonly imposed: ImposedSanction[] = [];
  score: number | undefined;
  /** Points in hundredths (P12 points take at most two decimals): summed as integers, no float drift. */
  centiPoints = 0;
  /** The same points apart: added (merits) and deducted, both ≥ 0 (centiPoints = added − deducted). */
  centiAdded = 0;
  centiDeducted = 0;
  readonly sanctions: Sanction[] = [];
  readonly breaches: Breach[] = [];
  scoring: ScoringTally | undefined;
  /** What the families see of `scoring` (sink.ts), made once per row: not state, never saved. */
  sink: ScoringMonth | undefined;

  constructor(
    readonly employee: string,
    readonly month: number,
    public department: string | undefined,
  ) {}

  scoringTally(): ScoringTally {
    this.scoring ??= emptyTally();
    return this.scoring;
  }

  /** Everything carried into the next month, in fen. */
  get carriedFen(): number {
    return totalFen(this.carryUnderCap) + totalFen(this.carryOutside);
  }
}

export const LINES_CAP = 64;

export function addLine(lines: number[], line: number): void {
  if (lines.length < LINES_CAP && lines[lines.length - 1] !== line) lines.push(line);
}

function addPoints(row: PersonMonth, centi: number): void {
  row.centiPoints += centi;
  if (centi > 0) row.centiAdded += centi;
  else row.centiDeducted -= centi;
}

function addScoring(row: PersonMonth, item: ScoringItem, zone: string, time: InstantCodec): void {
  const s = row.scoringTally();
  const employee = row.employee;
  switch (item.type) {
    case 'arrival':
      s.lateness.push(item.shiftStart, item.shiftMs, item.arrivedAt, item.arrivedMs, zone, time);
      return;
    case 'absent-day':
      if (!s.absentDays.includes(item.day)) s.absentDays.push(item.day);
      return;
    case 'call':
      s.calls.push(item.call, item.startMs, item.endMs, zone, time);
      return;
    case 'chat':
      s.chats.push(item.occurrence);
      return;
    case 'reading':
      s.readings.push(item.occurrence);
      return;
    case 'dress':
      s.dress.push({ missing: item.missing, employee });
      return;
    case 'grooming':
      s.grooming.push({ severity: item.severity, ...(item.aspect !== undefined && { aspect: item.aspect }), employee });
      return;
    case 'posture':
      s.posture += item.times;
      return;
    case 'dozing':
      s.dozing.push({ severity: item.severity, employee });
      return;
    case 'service-complaint':
      s.serviceComplaints.push({ severity: item.severity, employee });
      return;
    case 'praise':
      s.praise.push({ severity: item.severity, employee });
      return;
    case 'good-work':
      s.goodWork += item.times;
      return;
    case 'day-wage':
      // Lines that disagree: the lowest, whatever their order (no line charges more than it says).
      s.dayWage = s.dayWage === undefined ? item.wage : Math.min(s.dayWage, item.wage);
      return;
  }
}

/** The one place a person's month changes: a posting applied to its row. `zone`, `time`: the audit's, for packed instants. */
export function apply(row: PersonMonth, p: Posting, zone: string, time: InstantCodec): void {
  switch (p.kind) {
    case 'fine': {
      row.sanctions.push(p.sanction);
      row.finesFen += p.fen;
      const department = p.incurredIn ?? row.department;
      if (department !== undefined) {
        row.finesByDepartment.set(department, (row.finesByDepartment.get(department) ?? 0) + p.fen);
      }
      return;
    }
    case 'joint-fine':
      row.sanctions.push(p.sanction);
      row.jointFen += p.fen;
      return;
    case 'wage':
      row.sanctions.push(p.sanction);
      row.wageFen += p.fen;
      return;
    case 'charge':
      row.sanctions.push(p.sanction);
      row.chargesFen += p.fen;
      return;
    case 'bonus-deduction':
      if (p.sanction !== undefined) row.sanctions.push(p.sanction);
      if (p.underCap) row.takenFen += p.fen;
      else row.uncappedFen += p.fen;
      if (p.fen > 0) row.bonusFrom.push({ from: p.from ?? row.month, fen: p.fen, clause: p.clause });
      return;
    case 'points':
      row.sanctions.push(p.sanction);
      addPoints(row, p.centi);
      return;
    case 'sanction':
      row.sanctions.push(p.sanction);
      return;
    case 'loss-owed':
      row.cappedOwedFen += p.fen;
      return;
    case 'breach':
      row.breaches.push(p.breach);
      return;
    case 'imposed':
      row.imposed.push(p.imposed);
      return;
    case 'score':
      row.score = p.score;
      return;
    case 'scoring': {
      const s = row.scoringTally();
      if (p.line !== undefined) addLine(s.lines, p.line);
      if (p.item !== undefined) addScoring(row, p.item, zone, time);
      return;
    }
    case 'carry-over':
      (p.underCap ? row.carryUnderCap : row.carryOutside).push(...p.debts);
      return;
  }
}

/** Yuan to integer fen, half up (kernel/money.ts). */
export { yuanToFen as fen } from '../../kernel/money.js';
/** What the families see of a person's P12 month (sink.ts). */
export type { ScoringMonth } from './sink.js';
