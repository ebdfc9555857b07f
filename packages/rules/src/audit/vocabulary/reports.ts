/** Periodic report events, and the periodic rules they satisfy. */
import { bool, date, instant, oneOf, str } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

/** Periodic rules fed by `report-submitted`, with the kind of period each is reported for. */
export const periodicReports = {
  'P07.posters': 'month',
  'P08.daily-log-check': 'date',
  'P08.monthly-callback': 'month',
  'P09.monthly-stats': 'month',
  'P10.rebate-report': 'month',
  'P10.rebate-month-end': 'month',
  'P10.call-log': 'date',
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
    rules: Object.keys(periodicReports),
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
    },
  },
] as const satisfies readonly EventTypeSpec[];
