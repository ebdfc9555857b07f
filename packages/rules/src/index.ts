/**
 * @kefu/rules — the fourteen customer-service policies as typed, explainable rule functions.
 * Pure and runtime-agnostic: no I/O, no clock reads (`asOf` is an input), no Node-only APIs.
 */

export * from './audit/index.js';
export {
  addWorkingDays,
  type CalendarCoverage,
  type CalendarFileCheck,
  type CalendarFileYear,
  type CalendarOptions,
  type CalendarOutcome,
  calendarCoverage,
  calendarYears,
  checkCalendarFile,
  dayInfo,
  endOfDate,
  holidaysOf,
  monthDays,
  type WorkingDaysAfter,
  withCalendarFile,
} from './calendar-api.js';
export { resultAtRiskAt } from './kernel/at-risk.js';
export type { DayInfo, DayReason, HolidayKey, HolidayPeriod, UnknownYears } from './kernel/calendar/calendar.js';
export type { HolidayName } from './kernel/calendar/data.js';
export { type StatutoryHoliday, statutoryHolidays } from './kernel/calendar/notice.js';
export { calendarSettingsSchema, type OrgConfig, orgConfigSchema } from './kernel/config.js';
export { atRiskAt, type Deadline, judgeTimed, type TimedJudgement } from './kernel/deadline.js';
export type { EvaluateOptions, PolicyCode, Rule, RuleContext, RuleInfo } from './kernel/define-rule.js';
// The class `streamAudit`, `runAudit` and `whatIf` throw for bad options (rules and the calendar never throw).
export { type ErrorCode, type Issue, type KefuError, KefuRuleError } from './kernel/errors.js';
// The speed layer (#14): objects a caller creates and passes down, never module state.
export { InstantCodec, type InstantCodecOptions } from './kernel/instant-codec.js';
export { fenToYuan, roundYuan, yuanToFen } from './kernel/money.js';
export type { PolicyInfo } from './kernel/policy.js';
export { PreparedEvaluator, type PreparedEvaluatorOptions } from './kernel/prepared.js';
export {
  type Bilingual,
  type DeadlineInfo,
  type DeadlineKind,
  type Outcome,
  type Quantity,
  type RuleKind,
  type RuleResult,
  type Status,
  statuses,
  type Target,
  type Unit,
  type Warning,
} from './kernel/result.js';
export { type Sanction, type SanctionType, sanctionTypes } from './kernel/sanctions.js';
export type { WordMemo } from './kernel/word-memo.js';
export * from './policy-exports.js';
export { refusalZh } from './refusal-zh.js';
export { evaluate, getPolicy, getRule, policies, type RuleId, rules } from './registry.js';
