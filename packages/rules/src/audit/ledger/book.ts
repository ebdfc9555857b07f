/**
 * The ledger's working state: one `PersonMonth` per employee and month while the month is open. Amounts
 * are integer fen (the catalogue's money rule); they become yuan only in the finished `LedgerEntry`.
 */
import { yuanToFen } from '../../kernel/money.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { CallList } from './calls.js';
import type { Debt } from './debts.js';
import { LatenessList } from './lateness.js';

/** What P12.monthly-score needs for one person and month (the catalogue's fact names). */
export interface ScoringMonth {
  /** Packed like the calls (lateness.ts). */
  readonly lateness: LatenessList;
  readonly absentDays: string[];
  /** Packed (see calls.ts): without `maxDelay` every month's calls stay to the end of the log. */
  readonly calls: CallList;
  /** Chatting and reading occurrences: instant and the severity given (the ladder's 3rd and 4th steps). */
  readonly chats: Occurrence[];
  readonly readings: Occurrence[];
  readonly dress: { missing: readonly string[]; employee: string }[];
  readonly grooming: { severity: string | number; aspect?: string; employee: string }[];
  posture: number;
  readonly dozing: { severity: string | number; employee: string }[];
  readonly serviceComplaints: { severity: string | number; employee: string }[];
  readonly praise: { severity: string | number; employee: string }[];
  /**
   * A day's wage given by a `facts` event for P12.absence: used only when the organisation file gives the
   * person none (the file is what prices `absent` events, so it wins over a line's own figure).
   */
  dayWage: number | undefined;
  /** Lines that fed the month (capped: a month's score cites a sample, not thousands of lines). */
  readonly lines: number[];
}

export interface Occurrence {
  readonly at: number;
  readonly severity: string | number | undefined;
}

/** A `sanction-imposed` event, priced by P09.sanction-deduction when its month closes (sanctions.ts). */
export interface ImposedSanction {
  readonly at: number;
  readonly line: number;
  readonly key: string | undefined;
  readonly sanction: string;
  readonly bases: number | undefined;
  readonly cause: string | undefined;
}

export interface Breach {
  readonly rule: string;
  readonly at: number;
  readonly lines: readonly number[];
  readonly key: string | undefined;
  /** The department the breach was incurred in (its line's, else the employee's): its head is liable (P10 連帶責任). */
  readonly department?: string | undefined;
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
  /** Bonus deductions besides the capped complaint losses: sanction deductions (sanctions.ts). */
  uncappedFen = 0;
  takenFen = 0;
  /** Everything carried into the next month: capped complaint losses and unpaid sanction deductions. */
  carriedFen = 0;
  /** The bonus deductions taken this month (`takenFen` + `uncappedFen`) by the month each was first owed. */
  readonly bonusFrom: Debt[] = [];
  /** `carriedFen` by the month each part was first owed. */
  carriedFrom: readonly Debt[] = [];
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
  scoring: ScoringMonth | undefined;

  constructor(
    readonly employee: string,
    readonly month: number,
    public department: string | undefined,
  ) {}

  scoringMonth(): ScoringMonth {
    this.scoring ??= {
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
      dayWage: undefined,
      lines: [],
    };
    return this.scoring;
  }
}

export const LINES_CAP = 64;

export function addLine(lines: number[], line: number): void {
  if (lines.length < LINES_CAP && lines[lines.length - 1] !== line) lines.push(line);
}

export function fen(yuan: number): number {
  return yuanToFen(yuan);
}
