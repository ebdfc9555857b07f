/**
 * Periodic report events, and the periodic rules they satisfy. The rules each feeds are derived from the
 * family's feeds (`feeds.ts`), not written here.
 */
import { bool, date, instant, int, month, oneOf, str, strings } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

/** Periodic rules fed by `report-submitted`, with the kind of period each is reported for. */
export const periodicReports = {
  'P07.posters': 'month',
  'P08.daily-log-check': 'date',
  'P08.monthly-callback': 'month',
  'P09.monthly-stats': 'month',
  'P10.rebate-report': 'month',
  'P10.rebate-month-end': 'month',
  'P10.call-log': 'date',
  'P10.original-records': 'date',
  'P13.monthly-summary': 'month',
  'P14.attendance-report': 'month',
  'P14.roster-publish': 'month',
  'P14.holiday-roster': 'holiday',
} as const satisfies Record<string, 'month' | 'date' | 'holiday'>;

export const reportEvents = [
  // ── periodic reports ───────────────────────────────────────────────────────────────────────────────
  {
    type: 'report-submitted',
    family: 'reports',
    description: 'A periodic report or check is done: attendance, roster, statistics, daily log check…',
    ids: [],
    fields: {
      rule: oneOf(
        Object.keys(periodicReports) as [keyof typeof periodicReports, ...(keyof typeof periodicReports)[]],
        'the periodic rule it satisfies',
        true,
      ),
      period: str('the period: YYYY-MM (monthly), YYYY-MM-DD (daily) or YYYY (holiday rosters)', true),
      everyoneHasCopy: bool('P14.roster-publish: every person on duty has a copy'),
      postedAt: instant('P07.posters: when the posters went up'),
      scheduleStartsOn: date('P07.posters: when the new schedule starts'),
      holiday: oneOf(['new-year', 'spring-festival', 'labour-day', 'national-day'], 'P14.holiday-roster'),
      incompleteEntries: strings('P10.call-log: entries lacking the call content, resolution or customer details'),
      recordsLacking: strings(
        'P10.call-log: daily records not handed in with the log: visit-record, handover-record; P10.original-records: visit-record, complaint-record',
      ),
    },
  },
  // ── the P01 records of the property office the reports family judges ─────────────────────────────────
  {
    type: 'duty-records-reviewed',
    family: 'reports',
    description: 'P01: the supervisor signs a month’s duty records; the director spot-checks 20%.',
    ids: [],
    fields: {
      month: month('the month reviewed', true),
      recordsTotal: int('duty records in the month', true),
      recordsSpotChecked: int('records the director spot-checked', true),
    },
  },
  {
    type: 'survey-issued',
    family: 'reports',
    description: 'P01: satisfaction questionnaires are issued for a half-year.',
    ids: [],
    fields: {
      half: str('the half-year, e.g. 2026-H1', true),
      issued: int('questionnaires issued', true),
      occupiedHouseholds: int('occupied households; default the organisation file’s households'),
      year: int('the year, when `half` is just H1 or H2'),
    },
  },
  {
    type: 'survey-collected',
    family: 'reports',
    description: 'P01: questionnaires are collected (15 working days after issue, 50% back).',
    ids: [],
    fields: {
      half: str('the half-year, e.g. 2026-H1', true),
      returned: int('questionnaires returned', true),
      year: int('the year, when `half` is just H1 or H2'),
    },
  },
  {
    type: 'community-plan-made',
    family: 'reports',
    description: 'P01: next year’s community-culture plan is made.',
    ids: [],
    fields: {
      year: int('the year the plan is for', true),
      costsConfirmed: bool('the owners’ committee confirmed its costs', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The reports family's event types. */
export type ReportEventType = (typeof reportEvents)[number]['type'];
