/**
 * Postings: the one way into the ledger. Everything that reaches a person's month is a `Posting` handed to
 * `Ledger.post` — what a finding costs (the findings callback turns each priced result into postings), what a
 * family gathers for the month's close (a complaint loss, a breach for the P10 ladder, an imposed sanction, a
 * P12 item), and what the month close itself decides (the P12 score, the ladder's fines, joint liability, the
 * P09 deductions and carry-overs). A posting is plain data: `Ledger.post` applies it to the person's month
 * (book.ts `apply`), and nothing else changes a row.
 */
import type { Sanction } from '../../kernel/sanctions.js';
import type { Debt } from '../../policies/p09-retail-complaints/carry-over.js';
import type { CallFacts } from './calls.js';

/** A `sanction-imposed` event, priced by P09.sanction-deduction when its month closes (sanctions.ts). */
export interface ImposedSanction {
  readonly at: number;
  readonly line: number;
  readonly key?: string | undefined;
  readonly sanction: string;
  readonly bases?: number | undefined;
  readonly cause?: string | undefined;
}

export interface Breach {
  readonly rule: string;
  readonly at: number;
  readonly lines: readonly number[];
  readonly key?: string | undefined;
  /** The department the breach was incurred in (its line's, else the employee's): its head is liable (P10 連帶責任). */
  readonly department?: string | undefined;
}

export interface Occurrence {
  readonly at: number;
  readonly severity: string | number | undefined;
}

export type Severity = string | number;

/** One thing a person's month gathers for P12.monthly-score (the catalogue's fact names). */
export type ScoringItem =
  | {
      readonly type: 'arrival';
      readonly shiftStart: string;
      readonly shiftMs: number;
      readonly arrivedAt: string;
      readonly arrivedMs: number;
    }
  | { readonly type: 'absent-day'; readonly day: string }
  | { readonly type: 'call'; readonly call: CallFacts; readonly startMs: number; readonly endMs: number }
  | { readonly type: 'chat' | 'reading'; readonly occurrence: Occurrence }
  | { readonly type: 'dress'; readonly missing: readonly string[] }
  | { readonly type: 'grooming'; readonly severity: Severity; readonly aspect?: string | undefined }
  | { readonly type: 'posture'; readonly times: number }
  | { readonly type: 'good-work'; readonly times: number }
  | { readonly type: 'dozing' | 'service-complaint' | 'praise'; readonly severity: Severity }
  /** A day's wage a `facts` event gave for P12.absence (the organisation file's wins; the lowest given counts). */
  | { readonly type: 'day-wage'; readonly wage: number };

/** What a posting does to the person's month. Amounts are integer fen, points hundredths. */
type PostingBody =
  /** A fine. `incurredIn`: the department whose head is liable for it (P10 連帶責任); the row's when unset. */
  | {
      readonly kind: 'fine';
      readonly fen: number;
      readonly incurredIn?: string | undefined;
      readonly sanction: Sanction;
    }
  /** A fine a department head owes for another's (P10 連帶責任): never cascades further. */
  | { readonly kind: 'joint-fine'; readonly fen: number; readonly sanction: Sanction }
  | { readonly kind: 'wage'; readonly fen: number; readonly sanction: Sanction }
  | { readonly kind: 'charge'; readonly fen: number; readonly sanction: Sanction }
  /**
   * A bonus deduction taken this month, first owed in month `from` (the row's when unset). `underCap`: a
   * complaint loss taken under 第二十一條 3's 50% cap; else a deduction outside it (第二十四條, a rule's own).
   * `sanction`: the line the row lists for it, if any.
   */
  | {
      readonly kind: 'bonus-deduction';
      readonly fen: number;
      readonly underCap: boolean;
      readonly clause: string;
      readonly from?: number | undefined;
      readonly sanction?: Sanction | undefined;
    }
  | { readonly kind: 'points'; readonly centi: number; readonly sanction: Sanction }
  /** A sanction on the record that moves no money here (a warning, a dismissal, a rule's note). */
  | { readonly kind: 'sanction'; readonly sanction: Sanction }
  /** A complaint loss owed this month under 第二十一條 3's cap (P09.loss-share, a `loss-assessed` line). */
  | { readonly kind: 'loss-owed'; readonly fen: number }
  /** A breach the P10 ladder prices at the month's close. */
  | { readonly kind: 'breach'; readonly breach: Breach }
  /** An administrative sanction, priced at the month's close after the capped loss deductions. */
  | { readonly kind: 'imposed'; readonly imposed: ImposedSanction }
  /** The month's P12 score. */
  | { readonly kind: 'score'; readonly score: number }
  /** A P12 item for the month's score; none: only the line that fed the month. */
  | { readonly kind: 'scoring'; readonly item?: ScoringItem | undefined }
  /** A balance carried into the next month: under the cap (第二十一條 3) or outside it (第二十四條). */
  | { readonly kind: 'carry-over'; readonly debts: readonly Debt[]; readonly underCap: boolean };

export type Posting = PostingBody & {
  readonly employee: string;
  /** The month (index, months.ts) it belongs to; a closed month's posting goes to the first open one. */
  readonly month: number;
  /** The department of a row this posting creates, when the organisation file does not name the person. */
  readonly department?: string | undefined;
  /** The log line it comes from, cited by the month's score. */
  readonly line?: number | undefined;
  /** What produced it: a rule id, an event type or a month-close step. */
  readonly source: string;
};
