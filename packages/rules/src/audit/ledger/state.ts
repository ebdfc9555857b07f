/**
 * The ledger as plain data, for a checkpoint: what a later line or month close can still need, and nothing a
 * closed month left behind. Open months' person rows (with their P12 tallies, packed as in memory), the P10
 * ladder's history inside its window, the P09 balances carried into the next month (under the cap and outside
 * it). No Map, Set or class instance: `JSON.parse(JSON.stringify(state))` is the same state. It is not
 * versioned here: it travels inside the audit's state, which is.
 */
import type { Sanction } from '../../kernel/sanctions.js';
import type { Debt } from '../../policies/p09-retail-complaints/carry-over.js';
import { PersonMonth, type ScoringTally } from './book.js';
import { CallList, type PackedState } from './calls.js';
import type { LadderTrack } from './ladder.js';
import { LatenessList } from './lateness.js';
import type { Breach, ImposedSanction, Severity } from './postings.js';

interface OccurrenceState {
  readonly at: number;
  readonly severity?: Severity | undefined;
}

interface TallyState {
  readonly lateness: PackedState<{ shiftStart?: string; arrivedAt?: string }>;
  readonly absentDays: readonly string[];
  readonly calls: PackedState<{ start?: string; end?: string }>;
  /** Occurrences; a severity not given is left out (JSON has no `undefined`). */
  readonly chats: readonly OccurrenceState[];
  readonly readings: readonly OccurrenceState[];
  readonly dress: readonly { missing: readonly string[]; employee: string }[];
  readonly grooming: readonly { severity: Severity; aspect?: string; employee: string }[];
  readonly posture: number;
  readonly dozing: readonly { severity: Severity; employee: string }[];
  readonly serviceComplaints: readonly { severity: Severity; employee: string }[];
  readonly praise: readonly { severity: Severity; employee: string }[];
  /** Absent in a checkpoint written before P12.good-work: none. */
  readonly goodWork?: number;
  readonly dayWage?: number;
  readonly lines: readonly number[];
}

/** A person's open month. Amounts in fen, points in hundredths, months as month indexes (months.ts). */
export interface RowState {
  readonly employee: string;
  readonly month: number;
  readonly department?: string;
  readonly finesFen: number;
  readonly finesByDepartment: readonly (readonly [string, number])[];
  readonly jointFen: number;
  readonly wageFen: number;
  readonly chargesFen: number;
  readonly cappedOwedFen: number;
  readonly uncappedFen: number;
  readonly takenFen: number;
  readonly bonusFrom: readonly Debt[];
  readonly imposed: readonly ImposedSanction[];
  readonly score?: number;
  readonly centiPoints: number;
  readonly centiAdded: number;
  readonly centiDeducted: number;
  readonly sanctions: readonly Sanction[];
  readonly breaches: readonly Breach[];
  readonly scoring?: TallyState;
}

interface CarriedState {
  readonly employee: string;
  readonly debts: readonly Debt[];
}

export interface LedgerState {
  /** Months not yet closed, in order, each with its rows in employee order. */
  readonly months: readonly { readonly month: number; readonly rows: readonly RowState[] }[];
  /** The P10 ladder: each employee's breaches of each rule a later breach can still count. */
  readonly ladder: readonly LadderTrack[];
  /** P09 balances carried into the next month to close, under 第二十一條 3's cap. */
  readonly carriedUnderCap: readonly CarriedState[];
  /** P09 sanction deductions carried outside the cap (第二十四條, catalogue Ambiguities 2). */
  readonly carriedOutside: readonly CarriedState[];
}

function tallyToState(s: ScoringTally): TallyState {
  return {
    lateness: s.lateness.toState(),
    absentDays: [...s.absentDays],
    calls: s.calls.toState(),
    chats: s.chats.map((o) => ({ ...o })),
    readings: s.readings.map((o) => ({ ...o })),
    dress: [...s.dress],
    grooming: [...s.grooming],
    posture: s.posture,
    dozing: [...s.dozing],
    serviceComplaints: [...s.serviceComplaints],
    praise: [...s.praise],
    ...(s.goodWork > 0 && { goodWork: s.goodWork }),
    ...(s.dayWage !== undefined && { dayWage: s.dayWage }),
    lines: [...s.lines],
  };
}

function tallyFromState(t: TallyState): ScoringTally {
  return {
    lateness: LatenessList.fromState(t.lateness),
    absentDays: [...t.absentDays],
    calls: CallList.fromState(t.calls),
    chats: t.chats.map((o) => ({ at: o.at, severity: o.severity })),
    readings: t.readings.map((o) => ({ at: o.at, severity: o.severity })),
    dress: [...t.dress],
    grooming: [...t.grooming],
    posture: t.posture,
    dozing: [...t.dozing],
    serviceComplaints: [...t.serviceComplaints],
    praise: [...t.praise],
    goodWork: t.goodWork ?? 0,
    dayWage: t.dayWage,
    lines: [...t.lines],
  };
}

export function rowToState(r: PersonMonth): RowState {
  return {
    employee: r.employee,
    month: r.month,
    ...(r.department !== undefined && { department: r.department }),
    finesFen: r.finesFen,
    finesByDepartment: [...r.finesByDepartment.entries()],
    jointFen: r.jointFen,
    wageFen: r.wageFen,
    chargesFen: r.chargesFen,
    cappedOwedFen: r.cappedOwedFen,
    uncappedFen: r.uncappedFen,
    takenFen: r.takenFen,
    bonusFrom: [...r.bonusFrom],
    imposed: [...r.imposed],
    ...(r.score !== undefined && { score: r.score }),
    centiPoints: r.centiPoints,
    centiAdded: r.centiAdded,
    centiDeducted: r.centiDeducted,
    sanctions: [...r.sanctions],
    breaches: [...r.breaches],
    ...(r.scoring !== undefined && { scoring: tallyToState(r.scoring) }),
  };
}

export function rowFromState(s: RowState): PersonMonth {
  const r = new PersonMonth(s.employee, s.month, s.department);
  r.finesFen = s.finesFen;
  for (const [department, fen] of s.finesByDepartment) r.finesByDepartment.set(department, fen);
  r.jointFen = s.jointFen;
  r.wageFen = s.wageFen;
  r.chargesFen = s.chargesFen;
  r.cappedOwedFen = s.cappedOwedFen;
  r.uncappedFen = s.uncappedFen;
  r.takenFen = s.takenFen;
  r.bonusFrom.push(...s.bonusFrom);
  r.imposed.push(...s.imposed);
  r.score = s.score;
  r.centiPoints = s.centiPoints;
  r.centiAdded = s.centiAdded;
  r.centiDeducted = s.centiDeducted;
  r.sanctions.push(...s.sanctions);
  r.breaches.push(...s.breaches);
  if (s.scoring !== undefined) r.scoring = tallyFromState(s.scoring);
  return r;
}
