/**
 * The periodic rules: each named by its rule object, owed for a kind of period, satisfied by one event type
 * (`report-submitted` naming it, or the P01 records' own events), and building its rule's typed facts from
 * the report that satisfied the period — or from none, for a period the log covers and no report came for.
 * In this order the end judges the missing periods.
 */
import { communityPlan } from '../../../policies/p01-property-standards/community-plan.js';
import { dutyRecordReview } from '../../../policies/p01-property-standards/duty-record-review.js';
import { surveyIssue } from '../../../policies/p01-property-standards/survey-issue.js';
import { posters } from '../../../policies/p07-film-tickets/posters.js';
import { dailyLogCheck } from '../../../policies/p08-front-desk-duty/daily-log-check.js';
import { monthlyStats } from '../../../policies/p09-retail-complaints/monthly-stats.js';
import { callLog } from '../../../policies/p10-trading-service/call-log.js';
import { originalRecords } from '../../../policies/p10-trading-service/original-records.js';
import { rebateMonthEnd } from '../../../policies/p10-trading-service/rebate-month-end.js';
import { rebateReport } from '../../../policies/p10-trading-service/rebate-report.js';
import { monthlySummary } from '../../../policies/p13-manufacturing-complaints/monthly-summary.js';
import { attendanceReport } from '../../../policies/p14-attendance-rosters/attendance-report.js';
import { holidayRoster } from '../../../policies/p14-attendance-rosters/holiday-roster.js';
import { rosterPublish } from '../../../policies/p14-attendance-rosters/roster-publish.js';
import { type FactsOf, type Given, given, type ObligedRule } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import type { ReportEventType } from './events.js';
import type { PeriodKind } from './periods.js';

export interface Periodic {
  readonly rule: ObligedRule;
  readonly kind: PeriodKind;
  /** The event type whose line satisfies a period. */
  readonly by: ReportEventType;
  /** The period's facts, from the report that satisfied it, if one did. */
  readonly facts: (period: string, done: AuditEvent<ReportEventType> | undefined, engine: AuditEngine) => unknown;
}

function periodic<R extends ObligedRule, T extends ReportEventType>(
  rule: R,
  kind: PeriodKind,
  by: T,
  facts: (period: string, done: AuditEvent<T> | undefined, engine: AuditEngine) => FactsOf<R> | Given<FactsOf<R>>,
): Periodic {
  // A period's report is always of the rule's own type `by`: the family hands it no other.
  return { rule, kind, by, facts: facts as Periodic['facts'] };
}

/** A month's report, submitted when its line came. */
function monthSubmitted(month: string, done: { readonly at: string } | undefined) {
  const f: { month: string; submittedAt?: string } = { month };
  if (done !== undefined) f.submittedAt = done.at;
  return f;
}

export const periodicRules: readonly Periodic[] = [
  periodic(posters, 'month', 'report-submitted', (month, done) => {
    const f: FactsOf<typeof posters> = { month };
    if (done === undefined) return f;
    f.requestedAt = done.at;
    if (done.postedAt !== undefined) f.postedAt = done.postedAt;
    if (done.scheduleStartsOn !== undefined) f.scheduleStartsOn = done.scheduleStartsOn;
    return f;
  }),
  periodic(dailyLogCheck, 'date', 'report-submitted', (date, done) => {
    const f: FactsOf<typeof dailyLogCheck> = { date };
    if (done !== undefined) f.signedAt = done.at;
    return f;
  }),
  periodic(monthlyStats, 'month', 'report-submitted', monthSubmitted),
  periodic(rebateReport, 'month', 'report-submitted', monthSubmitted),
  periodic(rebateMonthEnd, 'month', 'report-submitted', monthSubmitted),
  periodic(callLog, 'date', 'report-submitted', (callDate, done) => {
    const f: FactsOf<typeof callLog> = { callDate };
    if (done !== undefined) f.submittedAt = done.at;
    if (done?.incompleteEntries !== undefined) f.incompleteEntries = done.incompleteEntries;
    // The rule's schema refuses an unknown record name, naming `recordsLacking`.
    if (done?.recordsLacking !== undefined)
      f.recordsLacking = done.recordsLacking as FactsOf<typeof callLog>['recordsLacking'];
    return f;
  }),
  periodic(originalRecords, 'date', 'report-submitted', (date, done) => {
    const f: FactsOf<typeof originalRecords> = { date };
    if (done !== undefined) f.submittedAt = done.at;
    // The rule's schema refuses an unknown record name, naming `recordsLacking`.
    if (done?.recordsLacking !== undefined)
      f.recordsLacking = done.recordsLacking as FactsOf<typeof originalRecords>['recordsLacking'];
    return f;
  }),
  periodic(monthlySummary, 'month', 'report-submitted', monthSubmitted),
  periodic(attendanceReport, 'month', 'report-submitted', monthSubmitted),
  periodic(rosterPublish, 'next-month', 'report-submitted', (month, done) => {
    const f: FactsOf<typeof rosterPublish> = { month };
    if (done === undefined) return f;
    f.publishedAt = done.at;
    if (done.everyoneHasCopy !== undefined) f.everyoneHasCopy = done.everyoneHasCopy;
    return f;
  }),
  periodic(holidayRoster, 'holiday', 'report-submitted', (period, done) => {
    // `2026 labour-day`: a valid holiday period (validPeriod) names one of the event's four holidays.
    const holiday = period.slice(5) as FactsOf<typeof holidayRoster>['holiday'];
    const f: FactsOf<typeof holidayRoster> = { year: Number(period.slice(0, 4)), holiday };
    if (done !== undefined) f.submittedAt = done.at;
    return f;
  }),
  periodic(dutyRecordReview, 'month', 'duty-records-reviewed', (month, done) => {
    const f: FactsOf<typeof dutyRecordReview> = { month };
    // A month with no review has no counts: given as 0 they would read "no duty records", not applicable.
    if (done === undefined) return f;
    f.recordsTotal = done.recordsTotal;
    f.recordsSpotChecked = done.recordsSpotChecked;
    f.supervisorSignedAt = done.at;
    return f;
  }),
  periodic(surveyIssue, 'half', 'survey-issued', (half, done, engine) =>
    // Without the occupied households (the event's, else the organisation file's) the rule refuses the half.
    given<FactsOf<typeof surveyIssue>>({
      half,
      issued: done === undefined ? 0 : done.issued,
      occupiedHouseholds: done?.occupiedHouseholds ?? engine.org?.households,
      ...(done !== undefined && { issuedAt: done.at }),
    }),
  ),
  periodic(communityPlan, 'next-year', 'community-plan-made', (year, done) => {
    const f: FactsOf<typeof communityPlan> = {
      year: Number(year),
      costsConfirmed: done === undefined ? false : done.costsConfirmed,
    };
    if (done !== undefined) f.planMadeAt = done.at;
    return f;
  }),
];

/** The periodic rules by id (a `report-submitted` line names its rule). */
export const periodicById: ReadonlyMap<string, Periodic> = new Map(periodicRules.map((p) => [p.rule.id, p]));
