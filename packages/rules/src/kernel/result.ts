/** The shapes every rule returns (see CATALOGUE.md, "Conventions every rule shares"). */
import type { DayInfo } from './calendar/calendar.js';
import type { KefuError } from './errors.js';
import type { Sanction } from './sanctions.js';

export type Status = 'met' | 'breached' | 'pending' | 'at-risk' | 'not-applicable';
export const statuses: readonly Status[] = ['met', 'breached', 'pending', 'at-risk', 'not-applicable'];

export type RuleKind = 'check' | 'compute';

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export type Unit =
  | 'millisecond'
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'working-day'
  | 'month'
  | 'ratio'
  | 'count'
  | 'yuan'
  | 'point'
  | 'ring'
  | 'page'
  | 'step'
  | 'item';

export interface Quantity {
  readonly value: number;
  readonly unit: Unit;
}

export interface Target extends Quantity {
  /** How the measured value must compare to the target for the rule to be met. */
  readonly comparator: '<=' | '<' | '>=' | '>' | '=';
}

export interface Warning extends Bilingual {
  readonly code: string;
}

export type DeadlineKind = 'clock' | 'calendar-days' | 'working-days' | 'day-of-month' | 'fixed';

/** How a due time was reached, including every day skipped and why. */
export interface DeadlineInfo {
  readonly kind: DeadlineKind;
  /** ISO instant the window opens. */
  readonly start: string;
  readonly dueAt: string;
  /** Days passed over (holidays, weekends) when counting working days. */
  readonly skipped: readonly DayInfo[];
}

export interface RuleResult<V = unknown> {
  readonly ruleId: string;
  readonly policy: string;
  /** Policy code and the seed's own numbering, e.g. `P01 投訴 4,5`. */
  readonly clause: string;
  readonly kind: RuleKind;
  readonly status?: Status;
  readonly value?: V;
  readonly dueAt?: string;
  readonly measured?: Quantity;
  readonly target?: Target;
  readonly sanctions: readonly Sanction[];
  readonly explanation: Bilingual;
  readonly warnings: readonly Warning[];
  readonly deadline?: DeadlineInfo;
}

export type Outcome<V = unknown> =
  | { readonly ok: true; readonly result: RuleResult<V> }
  | { readonly ok: false; readonly error: KefuError };
