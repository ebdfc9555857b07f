/**
 * The rules the report events feed: the periodic rules a report satisfies (periodic.ts), P08's monthly
 * callback summary (judged at month close with the month's callbacks) and P01's survey collection (judged
 * once issue and collection are both in, or at the end).
 */
import { communityPlan } from '../../../policies/p01-property-standards/community-plan.js';
import { dutyRecordReview } from '../../../policies/p01-property-standards/duty-record-review.js';
import { surveyCollection } from '../../../policies/p01-property-standards/survey-collection.js';
import { surveyIssue } from '../../../policies/p01-property-standards/survey-issue.js';
import { posters } from '../../../policies/p07-film-tickets/posters.js';
import { dailyLogCheck } from '../../../policies/p08-front-desk-duty/daily-log-check.js';
import { monthlyCallback } from '../../../policies/p08-front-desk-duty/monthly-callback.js';
import { monthlyStats } from '../../../policies/p09-retail-complaints/monthly-stats.js';
import { callLog } from '../../../policies/p10-trading-service/call-log.js';
import { originalRecords } from '../../../policies/p10-trading-service/original-records.js';
import { rebateMonthEnd } from '../../../policies/p10-trading-service/rebate-month-end.js';
import { rebateReport } from '../../../policies/p10-trading-service/rebate-report.js';
import { monthlySummary } from '../../../policies/p13-manufacturing-complaints/monthly-summary.js';
import { attendanceReport } from '../../../policies/p14-attendance-rosters/attendance-report.js';
import { holidayRoster } from '../../../policies/p14-attendance-rosters/holiday-roster.js';
import { rosterPublish } from '../../../policies/p14-attendance-rosters/roster-publish.js';
import type { Feed } from '../family.js';

/** In the order of `periodicReports` (the `rule` a `report-submitted` line names). */
const submitted = [
  posters,
  dailyLogCheck,
  monthlyCallback,
  monthlyStats,
  rebateReport,
  rebateMonthEnd,
  callLog,
  originalRecords,
  monthlySummary,
  attendanceReport,
  rosterPublish,
  holidayRoster,
];

export const feeds: readonly Feed[] = [
  ...submitted.map((rule): Feed => ({ rule, reads: ['report-submitted'] })),
  { rule: dutyRecordReview, reads: ['duty-records-reviewed'] },
  { rule: surveyIssue, reads: ['survey-issued'] },
  { rule: surveyCollection, reads: ['survey-issued', 'survey-collected'] },
  { rule: communityPlan, reads: ['community-plan-made'] },
];
